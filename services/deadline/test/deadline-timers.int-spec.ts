import request from 'supertest';

import { DEADLINE_DUE_SOON_V1, DEADLINE_OVERDUE_V1, DOSSIER_RECEIVED_V1 } from '@libs/contracts';
import { eventually, vn } from '@libs/testing';

import { ScanOutcome } from '../src/timers/application/deadline-scanner.service';
import {
  DeadlineTestBed,
  dossierDeadlineId,
  dossierReceived,
  RunningDeadlineService,
} from './deadline-test-bed';

const total = (outcomes: ScanOutcome[]): ScanOutcome =>
  outcomes.reduce(
    (sum, outcome) => ({
      dueSoon: sum.dueSoon + outcome.dueSoon,
      overdue: sum.overdue + outcome.overdue,
    }),
    { dueSoon: 0, overdue: 0 },
  );

describe('deadline: durable timers on the manual clock, across replicas and restarts', () => {
  // Warn 12 working hours ahead, and read due deadlines two at a time so scans take rounds.
  const bed = new DeadlineTestBed(vn('2026-02-12T09:00:00'), {
    DUE_SOON_WORKING_HOURS: '12',
    DEADLINE_SCAN_BATCH_SIZE: '2',
  });
  let first: RunningDeadlineService;
  let second: RunningDeadlineService;

  /** Publishes dossiers received now and waits until the service tracks them all. */
  async function receive(
    service: RunningDeadlineService,
    dossiers: ReturnType<typeof dossierReceived>[],
  ): Promise<string[]> {
    for (const dossier of dossiers) {
      await bed.emit(DOSSIER_RECEIVED_V1, dossier, dossier.dossierId);
    }
    const ids = dossiers.map((dossier) => dossierDeadlineId(dossier.dossierId));
    await eventually(async () =>
      (await service.deadlines.countDocuments({ _id: { $in: ids }, opened: true }).exec()) ===
      ids.length
        ? true
        : undefined,
    );
    return ids;
  }

  /**
   * Distinct alarms of a type the broker carried per deadline, once every outbox is empty.
   * Counted by event id: delivery is at least once (a relay that crashes after publishing
   * publishes again), and consumers dedupe by id.
   */
  async function alertsOnBroker(
    service: RunningDeadlineService,
    ids: string[],
    type: string,
  ): Promise<number[]> {
    for (const id of ids) {
      await bed.outboxDrained(service, id);
    }
    await eventually(
      () => (ids.every((id) => bed.alerts(id, type).length > 0) ? true : undefined),
      {
        description: `${type} for ${ids.length} deadlines`,
      },
    );
    return ids.map((id) => new Set(bed.alerts(id, type).map((r) => r.headers.ce_id)).size);
  }

  beforeAll(async () => {
    await bed.provisionTopics();
    first = await bed.startService();
    second = await bed.startService();
    await bed.startProbe();
  });

  afterAll(async () => {
    await bed.stopAll();
  });

  it('should warn at the right working hour before a due date that falls after Tết 2026', async () => {
    // Thursday 12/2/2026, 2 working days: Friday 13/2, then Monday 23/2 after the break.
    const dossier = dossierReceived({
      receivedAt: vn('2026-02-12T09:00:00').toISOString(),
      processingWorkingDays: 2,
      dueAt: vn('2026-02-23T17:00:00').toISOString(),
    });
    const [deadlineId] = await receive(first, [dossier]);

    // 12 working hours before Monday 17:00: 8 on Monday and the last 4 of Friday 13/2.
    bed.clock.set(vn('2026-02-13T12:59:00'));
    expect(await first.scanner.scanOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    bed.clock.set(vn('2026-02-13T13:00:00'));
    expect(await first.scanner.scanOnce()).toEqual({ dueSoon: 1, overdue: 0 });
    const [warning] = await eventually(() => {
      const records = bed.alerts(deadlineId, DEADLINE_DUE_SOON_V1.type);
      return records.length > 0 ? records : undefined;
    });
    expect(warning?.headers.ce_time).toBe(vn('2026-02-13T13:00:00').toISOString());
    expect(JSON.parse(warning?.value ?? '{}')).toMatchObject({
      dueAt: vn('2026-02-23T17:00:00').toISOString(),
      workingHoursLeft: 12,
    });

    // Nothing during the break, nothing before the close of office on Monday.
    for (const moment of ['2026-02-18T10:00:00', '2026-02-23T16:59:59']) {
      bed.clock.set(vn(moment));
      expect(await first.scanner.scanOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    }
    bed.clock.set(vn('2026-02-23T17:00:00'));
    expect(await first.scanner.scanOnce()).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await alertsOnBroker(first, [deadlineId], DEADLINE_OVERDUE_V1.type)).toEqual([1]);
    expect(await alertsOnBroker(first, [deadlineId], DEADLINE_DUE_SOON_V1.type)).toEqual([1]);
  });

  it('should raise each alarm exactly once when scans repeat and two replicas scan at the same time', async () => {
    // Monday 7/12/2026, 2 working days: due Wednesday 9/12 at 17:00, warned Tuesday 13:00.
    bed.clock.set(vn('2026-12-07T09:00:00'));
    const dossiers = Array.from({ length: 5 }, () =>
      dossierReceived({
        receivedAt: vn('2026-12-07T09:00:00').toISOString(),
        processingWorkingDays: 2,
        dueAt: vn('2026-12-09T17:00:00').toISOString(),
      }),
    );
    const ids = await receive(first, dossiers);

    bed.clock.set(vn('2026-12-08T13:00:00'));
    const warned = await Promise.all([
      first.scanner.scanOnce(),
      second.scanner.scanOnce(),
      first.scanner.scanOnce(),
      second.scanner.scanOnce(),
    ]);
    expect(total(warned)).toEqual({ dueSoon: 5, overdue: 0 });
    expect(total([await first.scanner.scanOnce(), await second.scanner.scanOnce()])).toEqual({
      dueSoon: 0,
      overdue: 0,
    });
    expect(await alertsOnBroker(first, ids, DEADLINE_DUE_SOON_V1.type)).toEqual([1, 1, 1, 1, 1]);

    bed.clock.set(vn('2026-12-09T17:00:00'));
    const overdue = await Promise.all([
      second.scanner.scanOnce(),
      first.scanner.scanOnce(),
      second.scanner.scanOnce(),
    ]);
    expect(total(overdue)).toEqual({ dueSoon: 0, overdue: 5 });
    bed.clock.set(vn('2026-12-10T09:00:00'));
    expect(total([await first.scanner.scanOnce(), await second.scanner.scanOnce()])).toEqual({
      dueSoon: 0,
      overdue: 0,
    });
    expect(await alertsOnBroker(second, ids, DEADLINE_OVERDUE_V1.type)).toEqual([1, 1, 1, 1, 1]);
    expect(await alertsOnBroker(second, ids, DEADLINE_DUE_SOON_V1.type)).toEqual([1, 1, 1, 1, 1]);
    expect(await first.alarms.countDocuments({ deadlineId: { $in: ids } }).exec()).toBe(10);

    const leader = await bed.authority.bearer({ roles: ['leader'], communes: ['14797'] });
    const listed = await request(first.app.getHttpServer())
      .get('/v1/deadlines?communeCode=14797&state=overdue&limit=200')
      .set('Authorization', leader);
    expect(listed.body.map((deadline: { deadlineId: string }) => deadline.deadlineId)).toEqual(
      expect.arrayContaining(ids),
    );
    // Receipts handled concurrently by both replicas are each counted once.
    const figures = await request(second.app.getHttpServer())
      .get('/v1/figures/on-time?communeCode=14797&period=2026-12')
      .set('Authorization', leader);
    expect(figures.body.dossiers.total).toMatchObject({ received: 5, returned: 0 });
  });

  it('should keep its timers through a restart: the next replica raises what is due, once', async () => {
    // Monday 14/12/2026, 2 working days: due Wednesday 16/12, warned Tuesday 15/12 at 13:00.
    bed.clock.set(vn('2026-12-14T09:00:00'));
    const [warnedBefore, dueWhileDown] = await receive(first, [
      dossierReceived({
        receivedAt: vn('2026-12-14T09:00:00').toISOString(),
        processingWorkingDays: 2,
        dueAt: vn('2026-12-16T17:00:00').toISOString(),
      }),
      dossierReceived({
        receivedAt: vn('2026-12-14T09:00:00').toISOString(),
        processingWorkingDays: 3,
        dueAt: vn('2026-12-17T17:00:00').toISOString(),
      }),
    ]);
    bed.clock.set(vn('2026-12-15T13:00:00'));
    expect(await first.scanner.scanOnce()).toEqual({ dueSoon: 1, overdue: 0 });
    await bed.outboxDrained(first, warnedBefore);

    // Every replica stops; the clock moves on while none runs; a new one starts on the store.
    await bed.stopService(first);
    await bed.stopService(second);
    bed.clock.set(vn('2026-12-16T17:00:00'));
    const restarted = await bed.startService();

    expect(await restarted.scanner.scanOnce()).toEqual({ dueSoon: 1, overdue: 1 });
    expect(await restarted.scanner.scanOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    const ids = [warnedBefore, dueWhileDown];
    expect(await alertsOnBroker(restarted, ids, DEADLINE_DUE_SOON_V1.type)).toEqual([1, 1]);
    expect(await alertsOnBroker(restarted, [warnedBefore], DEADLINE_OVERDUE_V1.type)).toEqual([1]);
    expect(bed.alerts(dueWhileDown, DEADLINE_OVERDUE_V1.type)).toHaveLength(0);
  });

  it('should raise an alarm for a check written as already due without waiting for the scan interval', async () => {
    // The scan interval here is an hour: only the replica's wake-up at the check can raise it.
    bed.clock.set(vn('2026-12-21T09:00:00'));
    const dossier = dossierReceived({
      receivedAt: vn('2026-12-18T09:00:00').toISOString(),
      processingWorkingDays: 1,
      dueAt: vn('2026-12-21T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, dossier, dossier.dossierId);
    const deadlineId = dossierDeadlineId(dossier.dossierId);

    const warnings = await eventually(() => {
      const records = bed.alerts(deadlineId, DEADLINE_DUE_SOON_V1.type);
      return records.length > 0 ? records : undefined;
    });
    expect(warnings[0]?.headers.ce_time).toBe(vn('2026-12-21T09:00:00').toISOString());
  });

  it('should raise each overdue alarm at its due instant after the warnings, without waiting for the interval', async () => {
    bed.clock.set(vn('2026-12-22T16:59:57'));
    const first = dossierReceived({
      receivedAt: vn('2026-12-21T09:00:00').toISOString(),
      processingWorkingDays: 1,
      dueAt: vn('2026-12-22T17:00:00').toISOString(),
    });
    const later = dossierReceived({
      receivedAt: vn('2026-12-21T09:00:00').toISOString(),
      processingWorkingDays: 1,
      dueAt: vn('2026-12-22T17:00:02').toISOString(),
    });
    const ids = [first, later].map((dossier) => dossierDeadlineId(dossier.dossierId));
    for (const dossier of [first, later]) {
      await bed.emit(DOSSIER_RECEIVED_V1, dossier, dossier.dossierId);
    }
    await eventually(() =>
      ids.every((id) => bed.alerts(id, DEADLINE_DUE_SOON_V1.type).length > 0) ? true : undefined,
    );

    // The replica set itself to look again at each due instant; the manual clock gets there first.
    const overdueAt = async (id: string, instant: string): Promise<void> => {
      bed.clock.set(vn(instant));
      const records = await eventually(() => {
        const found = bed.alerts(id, DEADLINE_OVERDUE_V1.type);
        return found.length > 0 ? found : undefined;
      });
      expect(records[0]?.headers.ce_time).toBe(vn(instant).toISOString());
    };
    await overdueAt(ids[0] ?? '', '2026-12-22T17:00:00');
    await overdueAt(ids[1] ?? '', '2026-12-22T17:00:02');
  });
});
