import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { DossierResponseDto } from '../../dossiers/dto/dossier.response.dto';
import { OnlineSubmissionsService } from '../application/online-submissions.service';
import {
  ListSubmissionsQueryDto,
  OnlineSubmissionRequestDto,
  OnlineSubmissionResponseDto,
  SubmissionRefusalRequestDto,
  SubmissionSupplementRequestDto,
} from '../dto/online-submission.dto';

export class AcceptanceResponseDto {
  submission: OnlineSubmissionResponseDto;
  dossier: DossierResponseDto;
}

/**
 * Online submissions in national status 1 ("Mới đăng ký", chờ tiếp nhận): the portal (role
 * system) or an officer files them; an officer accepts, asks for a supplement or refuses.
 */
@ApiTags('online-submissions')
@Controller('v1/online-submissions')
export class OnlineSubmissionsHttpController {
  constructor(private readonly submissions: OnlineSubmissionsService) {}

  @Post()
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary:
      'File an online submission: checked as a receipt would be, then waits for acceptance (status 1); no code, no clock yet.',
  })
  @ApiCreatedResponse({ type: OnlineSubmissionResponseDto })
  async submit(
    @Body() body: OnlineSubmissionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.submit(body.toRequest(), principal),
    );
  }

  @Get()
  @Roles('officer', 'leader', 'province', 'system')
  @ApiOperation({
    summary: 'A commune’s online submissions, oldest first (filter status=submitted).',
  })
  @ApiOkResponse({ type: OnlineSubmissionResponseDto, isArray: true })
  async list(
    @Query() query: ListSubmissionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto[]> {
    const found = await this.submissions.list(
      query.communeCode,
      query.status,
      principal,
      query.limit ?? 50,
    );
    return found.map((submission) => OnlineSubmissionResponseDto.from(submission));
  }

  @Get(':submissionId')
  @Roles('officer', 'leader', 'province', 'system')
  @ApiOkResponse({ type: OnlineSubmissionResponseDto })
  async get(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(await this.submissions.get(id, principal));
  }

  @Post(':submissionId/acceptance')
  @HttpCode(201)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Accept a waiting submission: the dossier is received now (code date, appointment and clock from this moment).',
  })
  @ApiCreatedResponse({ type: AcceptanceResponseDto })
  async accept(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AcceptanceResponseDto> {
    const accepted = await this.submissions.accept(id, principal);
    return {
      submission: OnlineSubmissionResponseDto.from(accepted.submission),
      dossier: DossierResponseDto.from(accepted.dossier, accepted.secret),
    };
  }

  @Post(':submissionId/supplement-requests')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Ask the citizen to complete a waiting submission (reason and items).' })
  @ApiOkResponse({ type: OnlineSubmissionResponseDto })
  async requestSupplement(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: SubmissionSupplementRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.requestSupplement(id, body, principal),
    );
  }

  @Post(':submissionId/resubmissions')
  @HttpCode(200)
  @Roles('officer', 'leader', 'system')
  @ApiOperation({ summary: 'The completed submission, sent again after a supplement request.' })
  @ApiOkResponse({ type: OnlineSubmissionResponseDto })
  async resubmit(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: OnlineSubmissionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.resubmit(id, body.toRequest(), principal),
    );
  }

  @Post(':submissionId/refusal')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Refuse a submission before acceptance, with the reason (Mẫu 03).' })
  @ApiOkResponse({ type: OnlineSubmissionResponseDto })
  async refuse(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: SubmissionRefusalRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(await this.submissions.refuse(id, body, principal));
  }
}
