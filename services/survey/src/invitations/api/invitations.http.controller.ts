import { Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { InvitationSlipPdfService } from '../application/invitation-slip-pdf.service';
import { InvitationSlipsService } from '../application/invitation-slips.service';
import { InvitationSlipResponseDto } from '../dto/invitation-slip.response.dto';

@ApiTags('invitations')
@Controller('v1/invitations')
export class InvitationsHttpController {
  constructor(
    private readonly slips: InvitationSlipsService,
    private readonly pdf: InvitationSlipPdfService,
  ) {}

  @Get('by-dossier/:dossierId/slip.pdf')
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'The printable return slip with the survey code and link (A4 PDF). Shown once, like the JSON reveal: a lost slip is reissued.',
  })
  @ApiProduces('application/pdf')
  async revealPdf(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const slip = await this.slips.revealForDossier(dossierId, principal);
    const body = await this.pdf.render([slip]);
    return new StreamableFile(body, {
      type: 'application/pdf',
      disposition: `inline; filename="phieu-moi-danh-gia-${slip.invitation.dossierCode}.pdf"`,
      length: body.length,
    });
  }

  @Get('by-dossier/:dossierId')
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary:
      "The survey code and link to print on the dossier's return slip. Shown once: the store keeps only their digests afterwards. The system role reads it to key a historical paper answer.",
  })
  @ApiOkResponse({ type: InvitationSlipResponseDto })
  async reveal(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationSlipResponseDto> {
    return InvitationSlipResponseDto.from(await this.slips.revealForDossier(dossierId, principal));
  }

  @Post('by-dossier/:dossierId/reissue')
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'New code and link for a lost slip of an unanswered invitation; the old ones stop working.',
  })
  @ApiCreatedResponse({ type: InvitationSlipResponseDto })
  async reissue(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationSlipResponseDto> {
    return InvitationSlipResponseDto.from(await this.slips.reissueForDossier(dossierId, principal));
  }
}
