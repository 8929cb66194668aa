import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

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

  @Route({
    method: 'POST',
    roles: ['officer', 'leader', 'system'],
    summary:
      'File an online submission: checked as a receipt would be, then waits for acceptance (status 1); no code, no clock yet.',
    returns: OnlineSubmissionResponseDto,
  })
  async submit(
    @Body() body: OnlineSubmissionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.submit(body.toRequest(), principal),
    );
  }

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'A commune’s online submissions, oldest first (filter status=submitted).',
    returns: [OnlineSubmissionResponseDto],
  })
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

  @Route({
    method: 'GET',
    path: ':submissionId',
    roles: ['officer', 'leader', 'province', 'system'],
    returns: OnlineSubmissionResponseDto,
  })
  async get(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(await this.submissions.get(id, principal));
  }

  @Route({
    method: 'POST',
    path: ':submissionId/acceptance',
    status: 201,
    roles: ['officer', 'leader'],
    summary:
      'Accept a waiting submission: the dossier is received now (code date, appointment and clock from this moment).',
    returns: AcceptanceResponseDto,
  })
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

  @Route({
    method: 'POST',
    path: ':submissionId/supplement-requests',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Ask the citizen to complete a waiting submission (reason and items).',
    returns: OnlineSubmissionResponseDto,
  })
  async requestSupplement(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: SubmissionSupplementRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.requestSupplement(id, body, principal),
    );
  }

  @Route({
    method: 'POST',
    path: ':submissionId/resubmissions',
    status: 200,
    roles: ['officer', 'leader', 'system'],
    summary: 'The completed submission, sent again after a supplement request.',
    returns: OnlineSubmissionResponseDto,
  })
  async resubmit(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: OnlineSubmissionRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(
      await this.submissions.resubmit(id, body.toRequest(), principal),
    );
  }

  @Route({
    method: 'POST',
    path: ':submissionId/refusal',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Refuse a submission before acceptance, with the reason (Mẫu 03).',
    returns: OnlineSubmissionResponseDto,
  })
  async refuse(
    @Param('submissionId', new ParseUUIDPipe()) id: string,
    @Body() body: SubmissionRefusalRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineSubmissionResponseDto> {
    return OnlineSubmissionResponseDto.from(await this.submissions.refuse(id, body, principal));
  }
}
