import { Body, Controller, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { pdfAnswer, Route } from '@libs/service-kit';

import { InvitationSlipPdfService } from '../../invitations/application/invitation-slip-pdf.service';
import { InvitationSlipResponseDto } from '../../invitations/dto/invitation-slip.response.dto';
import { CampaignsService } from '../application/campaigns.service';
import { CompareCampaignsQueryDto, ListCampaignsQueryDto } from '../dto/campaign.query.dto';
import { CampaignResponseDto } from '../dto/campaign.response.dto';
import { CampaignComparisonResponseDto } from '../dto/campaign-comparison.response.dto';
import { CreateCampaignRequestDto } from '../dto/create-campaign.request.dto';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class CampaignsHttpController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly pdf: InvitationSlipPdfService,
  ) {}

  @Route({
    method: 'POST',
    roles: ['leader'],
    summary:
      "Start a campaign: sample n = ⌈N / (1 + N·e²)⌉ of the commune's dossiers returned in the period (or, frame=residents, of its N households at large) and invite them.",
    returns: CampaignResponseDto,
  })
  async create(
    @Body() body: CreateCampaignRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.create(body, principal));
  }

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: "A commune's campaigns, newest first.",
    returns: [CampaignResponseDto],
  })
  async list(
    @Query() query: ListCampaignsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CampaignResponseDto[]> {
    const campaigns = await this.campaigns.list(query.communeCode, principal);
    return campaigns.map((campaign) => CampaignResponseDto.from(campaign));
  }

  @Route({
    method: 'GET',
    path: 'compare',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Before/after comparison of two campaigns: satisfaction rate, SIPAS elements and each 5-3-4 conduct item.',
    returns: CampaignComparisonResponseDto,
  })
  async compare(
    @Query() query: CompareCampaignsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CampaignComparisonResponseDto> {
    const { before, after, comparison } = await this.campaigns.compare(
      query.before,
      query.after,
      principal,
    );
    return CampaignComparisonResponseDto.from(before, after, comparison);
  }

  @Route({
    method: 'GET',
    path: ':campaignId',
    roles: ['officer', 'leader', 'province'],
    summary: 'A campaign and its results so far.',
    returns: CampaignResponseDto,
  })
  async get(
    @Param('campaignId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CampaignResponseDto> {
    const { campaign, figures } = await this.campaigns.results(id, principal);
    return CampaignResponseDto.from(campaign, figures);
  }

  @Route({
    method: 'POST',
    path: ':campaignId/invitations',
    roles: ['leader'],
    summary: 'Finish issuing the sample’s invitations if an earlier attempt was interrupted.',
    returns: CampaignResponseDto,
  })
  async resume(
    @Param('campaignId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.resume(id, principal));
  }

  @Route({
    method: 'POST',
    path: ':campaignId/slips',
    roles: ['officer', 'leader'],
    summary:
      'Codes and links of the invitations not handed out yet, to print for the organiser; each is handed out once.',
    returns: [InvitationSlipResponseDto],
  })
  async slips(
    @Param('campaignId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationSlipResponseDto[]> {
    const slips = await this.campaigns.handOutSlips(id, principal);
    return slips.map((slip) => InvitationSlipResponseDto.from(slip));
  }

  @Route({
    method: 'POST',
    path: ':campaignId/slips.pdf',
    roles: ['officer', 'leader'],
    summary:
      'The same slips as printable A4 pages (one a page) naming the organiser; each is handed out once, 409 when none is left.',
    produces: ['application/pdf'],
  })
  async slipsPdf(
    @Param('campaignId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const campaign = await this.campaigns.get(id, principal);
    const body = await this.pdf.render(
      await this.campaigns.handOutSlips(id, principal),
      campaign.organiser,
    );
    return pdfAnswer(body, `phieu-moi-danh-gia-${campaign.id}.pdf`, 'attachment');
  }
}
