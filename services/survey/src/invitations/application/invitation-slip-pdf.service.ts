import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';
import { renderDocumentsBatchPdf } from '@libs/documents';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { isResidentInvitation } from '../domain/invitation';
import { surveySlipDocument } from '../domain/survey-slip-document';
import { InvitationSlip } from './invitation-slips.service';

/** Printable return slips (A4, one a page) for slips just revealed. */
@Injectable()
export class InvitationSlipPdfService {
  constructor(
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async render(slips: readonly InvitationSlip[], organiser?: string): Promise<Buffer> {
    if (slips.length === 0) {
      throw new DomainError(
        'SURVEY.NO_SLIPS_LEFT',
        'conflict',
        'Mọi phiếu mời của đợt khảo sát đã được in và phát; không còn phiếu để in.',
      );
    }
    const printedAt = this.clock.now();
    const documents = slips.map((slip) => {
      const commune = this.communes.find(slip.invitation.communeCode);
      if (!commune) {
        throw new Error(`Invitation ${slip.invitation.id} names unknown commune`);
      }
      return surveySlipDocument(
        {
          code: slip.code,
          link: slip.link,
          expiresAt: slip.invitation.expiresAt,
          dossierCode: isResidentInvitation(slip.invitation) ? null : slip.invitation.dossierCode,
          ...(organiser ? { organiser } : {}),
        },
        commune,
        printedAt,
      );
    });
    return renderDocumentsBatchPdf(documents, { creationDate: printedAt });
  }
}
