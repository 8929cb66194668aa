import { Injectable } from '@nestjs/common';

import { canRead, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { renderOfficialDocumentPdf } from '@libs/documents';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { DossierStore } from '../domain/dossier.store';
import {
  processControlSheet,
  RegisterPeriod,
  registerPeriodProblems,
  trackingRegister,
  trackingRegisterCsv,
} from '../domain/dossier-control-forms';
import { DossierLifecycleService } from './dossier-lifecycle.service';
import { RenderedSlip } from './dossier-slips.service';

/** More lines than this in one period: the officer prints the register month by month. */
export const MAX_REGISTER_LINES = 5000;

const DAY_MS = 86_400_000;

export interface RenderedRegister {
  fileName: string;
  body: Buffer;
  contentType: 'application/pdf' | 'text/csv; charset=utf-8';
}

/** Mẫu 06 of a dossier and Mẫu 07 of a commune, printable. */
@Injectable()
export class DossierFormsService {
  constructor(
    private readonly dossiers: DossierLifecycleService,
    private readonly repository: DossierStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async controlSheet(id: string, principal: Principal): Promise<RenderedSlip> {
    const dossier = await this.dossiers.get(id, principal);
    const printedAt = this.clock.now();
    return {
      dossier,
      pdf: await renderOfficialDocumentPdf(processControlSheet(dossier, printedAt), {
        creationDate: printedAt,
      }),
    };
  }

  async register(
    communeCode: string,
    period: RegisterPeriod,
    format: 'pdf' | 'csv',
    principal: Principal,
  ): Promise<RenderedRegister> {
    const problems = registerPeriodProblems(period);
    if (problems.length > 0) {
      throw new DomainError(
        'DOSSIER_REGISTER.INVALID_PERIOD',
        'invalid',
        'Kỳ của sổ theo dõi hồ sơ không hợp lệ.',
        problems.map(({ field, message }) => ({ field, messages: [message] })),
      );
    }
    const commune = this.communes.find(communeCode);
    // Another province's commune is simply not found, as its dossiers are.
    if (!commune || !canRead(principal, { communeCode, provinceCode: commune.provinceCode })) {
      throw new DomainError(
        'DOSSIER_REGISTER.COMMUNE_NOT_FOUND',
        'not-found',
        `Không có xã, phường mã ${communeCode}.`,
      );
    }
    const dossiers = await this.repository.search(
      {
        communeCode,
        receivedFrom: new Date(`${period.from}T00:00:00+07:00`),
        receivedTo: new Date(new Date(`${period.to}T00:00:00+07:00`).getTime() + DAY_MS),
        limit: MAX_REGISTER_LINES + 1,
      },
      tenantScopeOf(principal),
    );
    if (dossiers.length > MAX_REGISTER_LINES) {
      throw new DomainError(
        'DOSSIER_REGISTER.TOO_LARGE',
        'invalid',
        `Kỳ đã chọn có hơn ${MAX_REGISTER_LINES} hồ sơ; hãy in sổ theo từng tháng.`,
        [{ field: 'from', messages: ['Chọn kỳ ngắn hơn.'] }],
      );
    }
    const fileName = `so-theo-doi-ho-so-${communeCode}-${period.from}-${period.to}`;
    if (format === 'csv') {
      return {
        fileName: `${fileName}.csv`,
        body: Buffer.from(trackingRegisterCsv(dossiers), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
      };
    }
    const printedAt = this.clock.now();
    return {
      fileName: `${fileName}.pdf`,
      body: await renderOfficialDocumentPdf(
        trackingRegister(commune, period, dossiers, printedAt),
        { creationDate: printedAt },
      ),
      contentType: 'application/pdf',
    };
  }
}
