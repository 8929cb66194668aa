import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import {
  BIRTH_REGISTERED_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_FEE_PAID_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  DossierStatus,
  MARRIAGE_REGISTERED_V1,
  PaymentMethod,
} from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';

import { DailySequenceRepository } from '../../sequences/daily-sequence.repository';
import {
  certificationEntry,
  certificationNumbersNeeded,
  certificationSeries,
  certificationYear,
} from '../domain/certification-register';
import { Dossier } from '../domain/dossier';
import { DossierErrors } from '../domain/dossier.errors';
import { DossierSearch, DossierStore, StoredDossier } from '../domain/dossier.store';
import { changeStatus, recordPayment, requestVerification } from '../domain/dossier-rules';
import { generateLookupSecret, hashLookupSecret } from '../domain/dossier-secret';
import {
  civilStatusRegistered,
  dossierFeePaid,
  dossierResultReturned,
  dossierStatusChanged,
  dossierVerificationRequested,
} from './dossier-events';

export interface StatusChangeCommand {
  to: DossierStatus;
  reason?: string;
  items?: string[];
  /** Historical import only: when the change really happened. */
  at?: Date;
}

/** What a historical import may say happened after receipt (role system only). */
export interface ImportedHistory {
  payment?: { method: PaymentMethod; paidAt: Date };
  processedAt?: Date;
  returnedAt?: Date;
}

export interface PaymentCommand {
  amountVnd: number;
  method: PaymentMethod;
  reference?: string;
  /** Historical import only. */
  paidAt?: Date;
}

/** A dossier's life after receipt: status changes, payment, result, reissued secret. */
@Injectable()
export class DossierLifecycleService {
  constructor(
    private readonly repository: DossierStore,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly sequences: DailySequenceRepository,
  ) {}

  async get(id: string, principal: Principal): Promise<Dossier> {
    return (await this.load(id, principal)).dossier;
  }

  async search(search: DossierSearch, principal: Principal): Promise<Dossier[]> {
    return this.repository.search(search, tenantScopeOf(principal));
  }

  async changeStatus(
    id: string,
    command: StatusChangeCommand,
    principal: Principal,
  ): Promise<Dossier> {
    const { dossier: before } = await this.loadForWrite(id, principal);
    const now = this.clock.now();
    const { after, events } = await this.statusStep(before, command, principal, now);
    const audit = auditEntry(
      principal,
      'dossier.status-changed',
      diffSnapshots(snapshot(before), snapshot(after)),
      now,
      currentCorrelation()?.correlationId,
    );
    const saved = await this.repository.update(
      before,
      after,
      // The due date decides onTime and may be moved by a concurrent reschedule.
      { status: before.status, lastChangedAt: before.lastChangedAt, dueAt: before.dueAt },
      events,
      audit,
    );
    if (!saved) {
      throw DossierErrors.changedMeanwhile();
    }
    this.relay.wake();
    return after;
  }

  /**
   * A historical dossier's life after receipt, applied before it is first stored (the import
   * route, role system): payment, processed, result returned, each at its own time, with the
   * events each step publishes, checked as the separate requests would be.
   */
  async completeImport(
    received: Dossier,
    history: ImportedHistory,
    principal: Principal,
  ): Promise<{ dossier: Dossier; events: OutboxEntry[] }> {
    if (history.returnedAt && !history.processedAt) {
      throw DossierErrors.invalid([
        {
          field: 'processedAt',
          message: 'Cần ghi thời điểm giải quyết xong trước khi trả kết quả.',
        },
      ]);
    }
    const now = this.clock.now();
    let dossier = received;
    const events: OutboxEntry[] = [];
    // The old system's record of how a fee was paid; a procedure that was free had none.
    if (history.payment && dossier.fee.status === 'unpaid') {
      dossier = recordPayment(dossier, {
        amountVnd: dossier.fee.amountVnd,
        method: history.payment.method,
        at: this.historicalTime(history.payment.paidAt, principal, 'payment.paidAt') ?? now,
        now,
      });
      events.push(this.feePaidEvent(dossier, principal, now));
    }
    const steps: [DossierStatus, Date | undefined][] = [
      ['processed', history.processedAt],
      ['result-returned', history.returnedAt],
    ];
    for (const [to, at] of steps) {
      if (at) {
        const step = await this.statusStep(dossier, { to, at }, principal, now);
        dossier = step.after;
        events.push(...step.events);
      }
    }
    return { dossier, events };
  }

  /** One status change in memory, with the events it publishes. */
  private async statusStep(
    before: Dossier,
    command: StatusChangeCommand,
    principal: Principal,
    now: Date,
  ): Promise<{ after: Dossier; events: OutboxEntry[] }> {
    const { dossier: changed, dueMoved } = changeStatus(before, {
      to: command.to,
      at: this.historicalTime(command.at, principal, 'at') ?? now,
      now,
      ...(command.reason !== undefined ? { reason: command.reason } : {}),
      ...(command.items !== undefined ? { items: command.items } : {}),
      by: { subject: principal.subject, ...(principal.name ? { name: principal.name } : {}) },
      registrationId: randomUUID(),
    });
    const after = await this.withCertificationNumbers(changed);
    const facts = { subject: after.id, time: after.lastChangedAt, communeCode: after.commune.code };
    const events: OutboxEntry[] = [
      this.events.create(
        DOSSIER_STATUS_CHANGED_V1,
        dossierStatusChanged(before, after, principal.subject, dueMoved),
        facts,
      ),
    ];
    if (after.status === 'processed' && after.civilStatus) {
      events.push(this.civilStatusEvent(after));
    }
    if (after.status === 'result-returned') {
      events.push(
        this.events.create(
          DOSSIER_RESULT_RETURNED_V1,
          dossierResultReturned(after, principal.subject),
          facts,
        ),
      );
    }
    return { after, events };
  }

  private feePaidEvent(after: Dossier, principal: Principal, now: Date): OutboxEntry {
    return this.events.create(DOSSIER_FEE_PAID_V1, dossierFeePaid(after, principal.subject), {
      subject: after.id,
      time: after.fee.paidAt ?? now,
      communeCode: after.commune.code,
    });
  }

  /**
   * "Cần xác minh": the appointment moves to the legal maximum, once, with its reason; deadline
   * follows through dossier.status-changed.v1 and the receipt slip shows the new appointment.
   */
  async requestVerification(
    id: string,
    command: { reason?: string },
    principal: Principal,
  ): Promise<Dossier> {
    const { dossier: before } = await this.loadForWrite(id, principal);
    const now = this.clock.now();
    const after = requestVerification(before, {
      ...(command.reason !== undefined ? { reason: command.reason } : {}),
      at: now,
      by: { subject: principal.subject, ...(principal.name ? { name: principal.name } : {}) },
    });
    const event = this.events.create(
      DOSSIER_STATUS_CHANGED_V1,
      dossierVerificationRequested(after, principal.subject),
      { subject: after.id, time: now, communeCode: after.commune.code },
    );
    const audit = auditEntry(
      principal,
      'dossier.verification-requested',
      diffSnapshots(
        { dueAt: before.dueAt },
        { dueAt: after.dueAt, reason: after.verification?.reason },
      ),
      now,
      currentCorrelation()?.correlationId,
    );
    const saved = await this.repository.update(
      before,
      after,
      {
        status: before.status,
        lastChangedAt: before.lastChangedAt,
        dueAt: before.dueAt,
        verification: null,
        reschedule: null,
      },
      [event],
      audit,
    );
    if (!saved) {
      throw DossierErrors.changedMeanwhile();
    }
    this.relay.wake();
    return after;
  }

  async recordPayment(id: string, command: PaymentCommand, principal: Principal): Promise<Dossier> {
    const { dossier: before } = await this.loadForWrite(id, principal);
    const now = this.clock.now();
    const after = recordPayment(before, {
      amountVnd: command.amountVnd,
      method: command.method,
      at: this.historicalTime(command.paidAt, principal, 'paidAt') ?? now,
      now,
      ...(command.reference ? { reference: command.reference } : {}),
    });
    const event = this.feePaidEvent(after, principal, now);
    const audit = auditEntry(
      principal,
      'dossier.fee-paid',
      diffSnapshots({ fee: before.fee }, { fee: after.fee }),
      now,
      currentCorrelation()?.correlationId,
    );
    if (
      !(await this.repository.update(before, after, { 'fee.status': 'unpaid' }, [event], audit))
    ) {
      throw DossierErrors.changedMeanwhile();
    }
    this.relay.wake();
    return after;
  }

  /** A new secret for a citizen who lost the slip; the old one stops working. */
  async reissueSecret(
    id: string,
    principal: Principal,
  ): Promise<{ dossier: Dossier; secret: string }> {
    const { dossier } = await this.loadForWrite(id, principal);
    const secret = generateLookupSecret();
    const audit = auditEntry(
      principal,
      'dossier.lookup-secret-reissued',
      [{ field: 'secret', from: '"[redacted]"', to: '"[redacted]"' }],
      this.clock.now(),
      currentCorrelation()?.correlationId,
    );
    await this.repository.update(dossier, dossier, {}, [], audit, {
      secret: await hashLookupSecret(secret),
    });
    return { dossier, secret };
  }

  /**
   * A certification done (processed) takes its numbers in the commune's book of its kind for
   * the year (Decree 23/2015 art. 13): one per certified document. A number taken by a change
   * that then fails to save is not reused (the counter never goes back).
   */
  private async withCertificationNumbers(dossier: Dossier): Promise<Dossier> {
    const register = dossier.procedure.certificationRegister;
    if (dossier.status !== 'processed' || !register || dossier.certification) {
      return dossier;
    }
    const at = dossier.processedAt ?? dossier.lastChangedAt;
    const numbers: number[] = [];
    for (let index = 0; index < certificationNumbersNeeded(dossier); index += 1) {
      numbers.push(
        await this.sequences.next(
          certificationSeries(register),
          dossier.commune.code,
          certificationYear(at),
        ),
      );
    }
    return { ...dossier, certification: certificationEntry(register, at, numbers) };
  }

  async load(id: string, principal: Principal): Promise<StoredDossier> {
    // Another commune's dossier is simply not found.
    const stored = await this.repository.findById(id, tenantScopeOf(principal));
    if (!stored) {
      throw DossierErrors.notFound(id);
    }
    return stored;
  }

  private async loadForWrite(id: string, principal: Principal): Promise<StoredDossier> {
    const stored = await this.load(id, principal);
    assertCanWrite(principal, {
      communeCode: stored.dossier.commune.code,
      provinceCode: stored.dossier.commune.provinceCode,
    });
    return stored;
  }

  /** Only the import role may state when something happened; everyone else acts now. */
  private historicalTime(
    at: Date | undefined,
    principal: Principal,
    field: string,
  ): Date | undefined {
    if (at !== undefined && !principal.roles.includes('system')) {
      throw DossierErrors.invalid([
        { field, message: 'Chỉ tài khoản nhập dữ liệu lịch sử được ghi thời điểm trong quá khứ.' },
      ]);
    }
    return at;
  }

  private civilStatusEvent(dossier: Dossier): OutboxEntry {
    const outcome = civilStatusRegistered(dossier, dossier.civilStatus!);
    const facts = {
      subject: outcome.data.registrationId,
      time: dossier.processedAt!,
      communeCode: dossier.commune.code,
    };
    switch (outcome.kind) {
      case 'birth':
        return this.events.create(BIRTH_REGISTERED_V1, outcome.data, facts);
      case 'marriage':
        return this.events.create(MARRIAGE_REGISTERED_V1, outcome.data, facts);
      case 'death':
        return this.events.create(DEATH_REGISTERED_V1, outcome.data, facts);
    }
  }
}

/** What the audit trail records of a change (no personal data beyond what changed). */
function snapshot(dossier: Dossier): Record<string, unknown> {
  return {
    status: dossier.status,
    dueAt: dossier.dueAt,
    reason: dossier.notes.at(-1)?.reason,
    processedAt: dossier.processedAt,
    returnedAt: dossier.returnedAt,
    onTime: dossier.onTime,
    civilStatusRegistrationId: dossier.civilStatusRegistrationId,
    certification: dossier.certification,
  };
}
