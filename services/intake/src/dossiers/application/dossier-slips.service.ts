import { Injectable } from '@nestjs/common';

import { Principal } from '@libs/auth';
import { OfficialDocument, renderOfficialDocumentPdf } from '@libs/documents';

import { Dossier } from '../domain/dossier';
import { DossierErrors } from '../domain/dossier.errors';
import { verifyLookupSecret } from '../domain/dossier-secret';
import { receiptSlip, refusalSlip, supplementRequestSlip } from '../domain/dossier-slips';
import { DossierLifecycleService } from './dossier-lifecycle.service';

export interface RenderedSlip {
  dossier: Dossier;
  pdf: Buffer;
}

/** The printable slips of a dossier, as PDF. */
@Injectable()
export class DossierSlipsService {
  constructor(private readonly dossiers: DossierLifecycleService) {}

  /**
   * Only a hash of the lookup secret is kept, so a receipt shows it only when the caller
   * passes it (the officer's client has it from the receipt answer); it is checked first.
   */
  async receipt(id: string, principal: Principal, secret?: string): Promise<RenderedSlip> {
    const stored = await this.dossiers.load(id, principal);
    if (secret !== undefined && !(await verifyLookupSecret(secret, stored.secret))) {
      throw DossierErrors.wrongSecret();
    }
    return this.render(
      stored.dossier,
      receiptSlip(stored.dossier, secret),
      stored.dossier.receivedAt,
    );
  }

  async supplementRequest(id: string, principal: Principal): Promise<RenderedSlip> {
    const dossier = await this.dossiers.get(id, principal);
    const slip = supplementRequestSlip(dossier);
    if (!slip) {
      throw DossierErrors.noSlip('phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    }
    return this.render(dossier, slip, dossier.receivedAt);
  }

  async refusal(id: string, principal: Principal): Promise<RenderedSlip> {
    const dossier = await this.dossiers.get(id, principal);
    const slip = refusalSlip(dossier);
    if (!slip) {
      throw DossierErrors.noSlip('phiếu từ chối hoặc thông báo dừng giải quyết');
    }
    return this.render(dossier, slip, dossier.receivedAt);
  }

  private async render(dossier: Dossier, slip: OfficialDocument, at: Date): Promise<RenderedSlip> {
    // A fixed creation date makes a reprint byte-for-byte the same document.
    return { dossier, pdf: await renderOfficialDocumentPdf(slip, { creationDate: at }) };
  }
}
