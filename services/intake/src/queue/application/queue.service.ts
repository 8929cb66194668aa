import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock, vietnamCalendarDate } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { ProcedureCatalogueService } from '../../procedures/application/procedure-catalogue.service';
import { DEFAULT_PROCEDURES } from '../../procedures/data/default-procedures';
import { DailySequenceRepository } from '../../sequences/daily-sequence.repository';
import { QueueStore } from '../domain/queue.store';
import {
  DailyQueueFigures,
  DeskTimeSummary,
  finishService,
  issueTicket,
  QueueTicket,
  startService,
  summarize,
  summarizeDeskTime,
  WaitSummary,
} from '../domain/queue-ticket';

export interface QueueFigures {
  rows: (DailyQueueFigures & WaitSummary)[];
  byProcedure: ({ procedureKey: string; procedureName: string } & WaitSummary)[];
  total: WaitSummary;
}

export interface DeskTimeFigures {
  byProcedure: ({ procedureKey: string; procedureName: string } & DeskTimeSummary)[];
  total: DeskTimeSummary;
}

/** The certifications done at the desk: procedures with a certification book (Decree 23/2015). */
const CERTIFICATION_KEYS: ReadonlySet<string> = new Set(
  DEFAULT_PROCEDURES.filter((procedure) => procedure.certificationRegister).map(
    (procedure) => procedure.key,
  ),
);

const invalid = (field: string, message: string): DomainError =>
  new DomainError('QUEUE.INVALID', 'invalid', 'Yêu cầu lấy số chưa hợp lệ.', [
    { field, messages: [message] },
  ]);

/** Numbered tickets at the counter and how long citizens wait for service. */
@Injectable()
export class QueueService {
  constructor(
    private readonly repository: QueueStore,
    private readonly catalogue: ProcedureCatalogueService,
    private readonly sequences: DailySequenceRepository,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async issue(
    communeCode: string,
    procedureKey: string,
    principal: Principal,
  ): Promise<QueueTicket> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw invalid('communeCode', `Không có xã, phường mã ${communeCode}.`);
    }
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const procedure = await this.catalogue.find(communeCode, procedureKey);
    if (!procedure) {
      throw invalid('procedureKey', `Xã, phường không tiếp nhận thủ tục "${procedureKey}".`);
    }
    const now = this.clock.now();
    const day = vietnamCalendarDate(now);
    const ticket = issueTicket({
      id: randomUUID(),
      communeCode,
      provinceCode: commune.provinceCode,
      number: await this.sequences.next('queue', communeCode, day),
      procedureKey,
      procedureName: procedure.name,
      issuedAt: now,
      issuedBy: principal.subject,
    });
    await this.repository.insert(
      ticket,
      auditEntry(
        principal,
        'queue.ticket-issued',
        diffSnapshots(undefined, { number: ticket.number, procedureKey, issuedAt: now }),
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    await this.repository.countIssued(ticket);
    return ticket;
  }

  /** Calling a ticket twice (a retry, a double click) records the first call only. */
  async startService(ticketId: string, principal: Principal): Promise<QueueTicket> {
    const ticket = await this.writableTicket(ticketId, principal);
    let current = ticket;
    if (!ticket.servedAt) {
      const served = startService(ticket, this.clock.now(), principal.subject);
      const audit = auditEntry(
        principal,
        'queue.service-started',
        diffSnapshots(
          { servedAt: null },
          { servedAt: served.servedAt, waitSeconds: served.waitSeconds },
        ),
        this.clock.now(),
        currentCorrelation()?.correlationId,
      );
      const marked = await this.repository.markServed(served, audit);
      current = marked
        ? served
        : ((await this.repository.findById(ticketId, tenantScopeOf(principal))) ?? served);
    }
    // Idempotent: repairs the figures if an earlier call stopped between the two writes.
    await this.repository.countIssued(current);
    await this.repository.countServed(current);
    return current;
  }

  /** The end of service (result handed back): ends once; a repeat returns the first end. */
  async finishService(ticketId: string, principal: Principal): Promise<QueueTicket> {
    const ticket = await this.writableTicket(ticketId, principal);
    let current = ticket;
    if (!ticket.finishedAt) {
      const now = this.clock.now();
      const finished = finishService(ticket, now, principal.subject);
      const audit = auditEntry(
        principal,
        'queue.service-finished',
        diffSnapshots(
          { finishedAt: null },
          { finishedAt: finished.finishedAt, serviceSeconds: finished.serviceSeconds },
        ),
        now,
        currentCorrelation()?.correlationId,
      );
      current = (await this.repository.markFinished(finished, audit))
        ? finished
        : ((await this.repository.findById(ticketId, tenantScopeOf(principal))) ?? finished);
    }
    await this.repository.countFinished(current);
    return current;
  }

  /**
   * The desk's measured time per certification, call to end of service, against the
   * article's roughly 15 minutes (DESK_TIME_TARGET_MINUTES).
   */
  async deskTime(
    filter: { communeCode?: string; from: string; to: string },
    principal: Principal,
  ): Promise<DeskTimeFigures> {
    if (filter.to < filter.from) {
      throw invalid('to', 'Ngày kết thúc không được trước ngày bắt đầu.');
    }
    const rows = (await this.repository.dailyFigures(filter, tenantScopeOf(principal))).filter(
      (row) => CERTIFICATION_KEYS.has(row.procedureKey),
    );
    const procedures = new Map<string, DailyQueueFigures[]>();
    for (const row of rows) {
      procedures.set(row.procedureKey, [...(procedures.get(row.procedureKey) ?? []), row]);
    }
    return {
      byProcedure: [...procedures.entries()].map(([procedureKey, group]) => ({
        procedureKey,
        procedureName: group[0]?.procedureName ?? procedureKey,
        ...summarizeDeskTime(group),
      })),
      total: summarizeDeskTime(rows),
    };
  }

  async list(
    communeCode: string,
    day: string | undefined,
    principal: Principal,
  ): Promise<QueueTicket[]> {
    return this.repository.list(
      communeCode,
      day ?? vietnamCalendarDate(this.clock.now()),
      tenantScopeOf(principal),
    );
  }

  async figures(
    filter: { communeCode?: string; from: string; to: string; procedureKey?: string },
    principal: Principal,
  ): Promise<QueueFigures> {
    if (filter.to < filter.from) {
      throw invalid('to', 'Ngày kết thúc không được trước ngày bắt đầu.');
    }
    const rows = await this.repository.dailyFigures(filter, tenantScopeOf(principal));
    const procedures = new Map<string, DailyQueueFigures[]>();
    for (const row of rows) {
      procedures.set(row.procedureKey, [...(procedures.get(row.procedureKey) ?? []), row]);
    }
    return {
      rows: rows.map((row) => ({ ...row, ...summarize([row]) })),
      byProcedure: [...procedures.entries()].map(([procedureKey, group]) => ({
        procedureKey,
        procedureName: group[0]?.procedureName ?? procedureKey,
        ...summarize(group),
      })),
      total: summarize(rows),
    };
  }

  /** The ticket the officer may act on; another commune's ticket is simply not found. */
  private async writableTicket(ticketId: string, principal: Principal): Promise<QueueTicket> {
    const ticket = await this.repository.findById(ticketId, tenantScopeOf(principal));
    if (!ticket) {
      throw new DomainError(
        'QUEUE.NOT_FOUND',
        'not-found',
        `Không tìm thấy số thứ tự ${ticketId}.`,
      );
    }
    assertCanWrite(principal, ticket);
    return ticket;
  }
}
