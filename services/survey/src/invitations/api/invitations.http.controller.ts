import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@libs/auth';
import { InvitationSlipsService } from '../application/invitation-slips.service';
import { InvitationSlipResponseDto } from '../dto/invitation-slip.response.dto';

@ApiTags('invitations')
@Controller('v1/invitations')
export class InvitationsHttpController {
  constructor(private readonly slips: InvitationSlipsService) {}

  @Get('by-dossier/:dossierId')
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      "The survey code and link to print on the dossier's return slip. Shown once: the store keeps only their digests afterwards.",
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
