import { Injectable } from '@nestjs/common';
import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal, readableTenantFilter } from '@libs/auth';
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
import { randomUUID } from 'node:crypto';
import { Dossier } from '../domain/dossier';
import { changeStatus, recordPayment, requestVerification } from '../domain/dossier-rules';
import { generateLookupSecret, hashLookupSecret } from '../domain/dossier-secret';
import { DossierErrors } from '../domain/dossier.errors';
import {
  DossierRepository,
  DossierSearch,
  StoredDossier,
} from '../infrastructure/dossier.repository';
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
    private readonly repository: DossierRepository,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async get(id: string, principal: Principal): Promise<Dossier> {
    return (await this.load(id, principal)).dossier;
  }

  async search(search: DossierSearch, principal: Principal): Promise<Dossier[]> {
    return this.repository.search(search, readableTenantFilter(principal));
  }

  async changeStatus(
    id: string,
    command: StatusChangeCommand,
    principal: Principal,
  ): Promise<Dossier> {
    const { dossier: before } = await this.loadForWrite(id, principal);
    const now = this.clock.now();
    const { dossier: after, dueMoved } = changeStatus(before, {
      to: command.to,
      at: this.historicalTime(command.at, principal, 'at') ?? now,
      now,
      ...(command.reason !== undefined ? { reason: command.reason } : {}),
      ...(command.items !== undefined ? { items: command.items } : {}),
      by: { subject: principal.subject, ...(principal.name ? { name: principal.name } : {}) },
      registrationId: randomUUID(),
    });
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
    const event = this.events.create(
      DOSSIER_FEE_PAID_V1,
      dossierFeePaid(after, principal.subject),
      {
        subject: after.id,
        time: after.fee.paidAt ?? now,
        communeCode: after.commune.code,
      },
    );
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

  async load(id: string, principal: Principal): Promise<StoredDossier> {
    // Another commune's dossier is simply not found.
    const stored = await this.repository.findById(id, readableTenantFilter(principal));
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
  };
}
