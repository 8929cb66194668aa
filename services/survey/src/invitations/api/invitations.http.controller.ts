import { Controller, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { pdfAnswer, Route } from '@libs/service-kit';

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

  @Route({
    method: 'GET',
    path: 'by-dossier/:dossierId/slip.pdf',
    roles: ['officer', 'leader'],
    summary:
      'The printable return slip with the survey code and link (A4 PDF). Shown once, like the JSON reveal: a lost slip is reissued.',
    produces: ['application/pdf'],
  })
  async revealPdf(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const slip = await this.slips.revealForDossier(dossierId, principal);
    const body = await this.pdf.render([slip]);
    return pdfAnswer(body, `phieu-moi-danh-gia-${slip.invitation.dossierCode}.pdf`);
  }

  @Route({
    method: 'GET',
    path: 'by-dossier/:dossierId',
    roles: ['officer', 'leader', 'system'],
    summary:
      "The survey code and link to print on the dossier's return slip. Shown once: the store keeps only their digests afterwards. The system role reads it to key a historical paper answer.",
    returns: InvitationSlipResponseDto,
  })
  async reveal(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationSlipResponseDto> {
    return InvitationSlipResponseDto.from(await this.slips.revealForDossier(dossierId, principal));
  }

  @Route({
    method: 'POST',
    path: 'by-dossier/:dossierId/reissue',
    roles: ['officer', 'leader'],
    summary:
      'New code and link for a lost slip of an unanswered invitation; the old ones stop working.',
    returns: InvitationSlipResponseDto,
  })
  async reissue(
    @Param('dossierId', new ParseUUIDPipe()) dossierId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationSlipResponseDto> {
    return InvitationSlipResponseDto.from(await this.slips.reissueForDossier(dossierId, principal));
  }
}
