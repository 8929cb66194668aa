import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock, startOfNextVietnamDay, vietnamCalendarDate } from '@libs/clock';
import { renderDocumentsBatchPdf } from '@libs/documents';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { LetterNumbering } from '../../letters/application/letter-numbering.service';
import { LetterTransitions } from '../../letters/application/letter-transitions.service';
import { Letter } from '../../letters/domain/letter';
import { LetterStore } from '../../letters/domain/letter.store';
import { toOfficialDocument } from '../../letters/domain/letter-renditions';
import { PRINT_BATCH_LIMIT, PrintBatch, PrintBatchErrors } from '../domain/print-batch';
import { PrintBatchStore } from '../domain/print-batch.store';
import { DeliveryChannels } from './delivery-channels';

/**
 * The daily print batch: every approved paper letter of the commune waiting at the end of the
 * day, as one PDF for the printer, each then marked printed.
 */
@Injectable()
export class PrintBatchesService {
  constructor(
    private readonly batches: PrintBatchStore,
    private readonly letters: LetterStore,
    private readonly transitions: LetterTransitions,
    private readonly channels: DeliveryChannels,
    private readonly numbering: LetterNumbering,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async create(
    communeCode: string,
    date: string,
    principal: Principal,
  ): Promise<{ batch: PrintBatch; pdf: Buffer }> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw PrintBatchErrors.unknownCommune(communeCode);
    }
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const now = this.clock.now();
    if (date > vietnamCalendarDate(now)) {
      throw PrintBatchErrors.future(date);
    }
    const waiting: Letter[] = [];
    for (const letter of await this.letters.findAwaitingPrint(
      communeCode,
      startOfNextVietnamDay(date),
      PRINT_BATCH_LIMIT,
    )) {
      // No letter is printed without its register number (normally given on approval).
      waiting.push(await this.numbering.ensureNumber(letter));
    }
    if (waiting.length === 0) {
      throw PrintBatchErrors.nothingToPrint(communeCode, date);
    }
    // Rendered before anything changes: a rendering failure leaves every letter waiting.
    const print = this.channels.get('print');
    let { document: pdf } = await print.deliver(waiting.map(outgoing));
    const batch: PrintBatch = {
      id: randomUUID(),
      communeCode,
      provinceCode: commune.provinceCode,
      date,
      letterIds: waiting.map((letter) => letter.id),
      createdAt: now,
      createdBy: principal.subject,
    };
    await this.batches.insert(
      batch,
      auditEntry(
        principal,
        'print-batch.created',
        [{ field: 'letterIds', to: JSON.stringify(batch.letterIds) }],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    const printed: Letter[] = [];
    for (const letter of waiting) {
      const moved = await this.transitions.move(letter, {
        to: 'printed',
        action: 'letter.printed',
        actor: principal,
        changes: {
          printedAt: now,
          printBatchId: batch.id,
          attempts: letter.delivery.attempts + 1,
          lastAttemptAt: now,
          lastError: null,
        },
      });
      if (moved) {
        printed.push(moved);
      }
    }
    if (printed.length !== waiting.length) {
      // A letter changed between the query and the marking: the batch holds what was marked.
      batch.letterIds = printed.map((letter) => letter.id);
      await this.batches.narrow(batch.id, batch.letterIds);
      if (printed.length === 0) {
        throw PrintBatchErrors.nothingToPrint(communeCode, date);
      }
      ({ document: pdf } = await print.deliver(printed.map(outgoing)));
    }
    if (!pdf) {
      throw new Error('The print channel produced no document');
    }
    return { batch, pdf };
  }

  async get(id: string, principal: Principal): Promise<PrintBatch> {
    const batch = await this.batches.findById(id, tenantScopeOf(principal));
    if (!batch) {
      throw PrintBatchErrors.notFound(id);
    }
    return batch;
  }

  /** The batch's PDF again, e.g. after a paper jam: the same letters in the same order. */
  async pdf(id: string, principal: Principal): Promise<Buffer> {
    const batch = await this.get(id, principal);
    const letters = await this.letters.findByIds(batch.letterIds);
    return renderDocumentsBatchPdf(letters.map(toOfficialDocument), {
      creationDate: batch.createdAt,
    });
  }
}

function outgoing(letter: Letter): {
  letter: Letter;
  document: ReturnType<typeof toOfficialDocument>;
} {
  return { letter, document: toOfficialDocument(letter) };
}
