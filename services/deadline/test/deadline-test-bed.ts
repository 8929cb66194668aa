import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { ManualClock } from '@libs/clock';
import {
  DossierReceivedV1,
  EventDefinition,
  EventEnvelope,
  FeedbackCaseOpenedV1,
  physicalTopic,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import { deadLetterTopicFor } from '@libs/messaging';
import { CapturedRecord, eventually, producedEvent, produceRaw, TestRun, vn } from '@libs/testing';

import { DeadlineEnvironment } from '../src/config/deadline.environment';
import { DeadlineModule } from '../src/deadline.module';
import { OnTimeFactRecord } from '../src/figures/infrastructure/on-time-fact.schema';
import { DeadlineRescheduleRecord } from '../src/reschedule/infrastructure/deadline-reschedule.schema';
import { DeadlineScanner } from '../src/timers/application/deadline-scanner.service';
import { DeadlineAlarmRecord } from '../src/timers/infrastructure/deadline-alarm.schema';
import { deadlineIdFor } from '../src/tracking/domain/deadline';
import { DeadlineRecord } from '../src/tracking/infrastructure/deadline.schema';

export interface RunningDeadlineService {
  app: INestApplication;
  scanner: DeadlineScanner;
  deadlines: Model<DeadlineRecord>;
  alarms: Model<DeadlineAlarmRecord>;
  reschedules: Model<DeadlineRescheduleRecord>;
  facts: Model<OnTimeFactRecord>;
}

/**
 * One test run of the deadline service: its own database, topic prefix and consumer group
 * (so parallel runs never meet), a manual clock, a token authority and a probe on the
 * alert topic. Several apps on the same bed are replicas of one deployment.
 */
export class DeadlineTestBed {
  readonly run = new TestRun();
  readonly prefix = this.run.prefix;
  readonly brokers = this.run.brokers;
  readonly authority = this.run.authority;
  readonly probe = this.run.probe();
  readonly groupId = this.run.groupId('deadline');
  readonly clock: ManualClock;

  constructor(
    start: Date,
    private readonly settings: Record<string, string> = {},
  ) {
    this.clock = new ManualClock(start);
  }

  /**
   * Creates the run's topics as a deployment would before starting consumers: the service
   * kit starts its consumer before the module hook that provisions topics has run.
   */
  async provisionTopics(): Promise<void> {
    await this.run.provisionTopics(this.groupId);
  }

  async startService(): Promise<RunningDeadlineService> {
    const app = await this.run.startService({
      name: 'deadline',
      environment: DeadlineEnvironment,
      module: DeadlineModule,
      options: { clock: this.clock },
      groupId: this.groupId,
      settings: {
        CONSUMER_MAX_ATTEMPTS: '3',
        CONSUMER_RETRY_BASE_MS: '20',
        // Scans in tests are explicit (scanOnce) so they run on the manual clock's time.
        DEADLINE_SCAN_INTERVAL_MS: '3600000',
        ...this.settings,
      },
    });
    return {
      app,
      scanner: app.get(DeadlineScanner),
      deadlines: app.get<Model<DeadlineRecord>>(getModelToken(DeadlineRecord.name)),
      alarms: app.get<Model<DeadlineAlarmRecord>>(getModelToken(DeadlineAlarmRecord.name)),
      reschedules: app.get<Model<DeadlineRescheduleRecord>>(
        getModelToken(DeadlineRescheduleRecord.name),
      ),
      facts: app.get<Model<OnTimeFactRecord>>(getModelToken(OnTimeFactRecord.name)),
    };
  }

  async stopService(service: RunningDeadlineService): Promise<void> {
    await this.run.stopService(service.app);
  }

  async startProbe(): Promise<void> {
    await this.probe.start([
      physicalTopic(this.prefix, TOPICS.deadlineAlert),
      physicalTopic(this.prefix, deadLetterTopicFor(this.groupId)),
    ]);
  }

  /** Stops the probe and every replica, and removes the run's database and topics. */
  async stopAll(): Promise<void> {
    await this.run.cleanUp();
  }

  /** An envelope as the producing service would publish it. */
  envelope<T extends { communeCode: string }>(
    definition: EventDefinition<T>,
    data: T,
    subject: string,
  ): EventEnvelope<T> {
    return producedEvent(definition, { subject, time: this.clock.now().toISOString(), data });
  }

  /** Puts envelopes on their topic through a plain Kafka producer, as another service would. */
  async publish(definition: EventDefinition, ...envelopes: EventEnvelope[]): Promise<void> {
    await produceRaw(
      this.brokers,
      physicalTopic(this.prefix, definition.topic),
      envelopes.map((envelope) => toKafkaRecord(envelope)),
    );
  }

  async emit<T extends { communeCode: string }>(
    definition: EventDefinition<T>,
    data: T,
    subject: string,
  ): Promise<EventEnvelope<T>> {
    const envelope = this.envelope(definition, data, subject);
    await this.publish(definition, envelope);
    return envelope;
  }

  /** Alert records the broker carried for a deadline, optionally of one type. */
  alerts(deadlineId: string, type?: string): CapturedRecord[] {
    return this.probe.records.filter(
      (record) =>
        record.key === deadlineId &&
        record.topic.endsWith(TOPICS.deadlineAlert) &&
        (type === undefined || record.headers.ce_type === type),
    );
  }

  deadLetters(): CapturedRecord[] {
    return this.probe.records.filter((record) => record.topic.includes('dead-letter.'));
  }

  /**
   * Waits until every event raised for the deadline (alarms, apology) has left its outbox,
   * so the broker holds all it will get.
   */
  async outboxDrained(service: RunningDeadlineService, deadlineId: string): Promise<void> {
    await eventually(
      async () => {
        const pending =
          (await service.alarms.countDocuments({ deadlineId, outboxPending: true }).exec()) +
          (await service.reschedules
            .countDocuments({ _id: deadlineId, outboxPending: true })
            .exec());
        return pending === 0 ? true : undefined;
      },
      { description: `events of deadline ${deadlineId} published` },
    );
  }
}

export function dossierDeadlineId(dossierId: string): string {
  return deadlineIdFor('dossier', dossierId);
}

/** A dossier received at the counter of Phường Hạc Thành, with the appointment intake set. */
export function dossierReceived(overrides: Partial<DossierReceivedV1> = {}): DossierReceivedV1 {
  const dossierId = overrides.dossierId ?? randomUUID();
  return {
    dossierId,
    dossierCode: `000.00.38.H56-${dossierId.slice(0, 6)}-0001`,
    communeCode: '14797',
    provinceCode: '38',
    procedureKey: 'marital-status-confirmation',
    procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    channel: 'counter',
    receivedAt: vn('2026-11-02T09:00:00').toISOString(),
    processingWorkingDays: 3,
    afternoonCutoff: false,
    dueAt: vn('2026-11-05T17:00:00').toISOString(),
    officerId: 'officer-14797',
    applicant: { fullName: 'Trần Thị Bình', addressLine: 'Số 12, phố Trần Phú' },
    ...overrides,
  };
}

export function feedbackCaseOpened(
  overrides: Partial<FeedbackCaseOpenedV1> = {},
): FeedbackCaseOpenedV1 {
  const caseId = overrides.caseId ?? randomUUID();
  return {
    caseId,
    caseCode: `PA-14797-2026-${caseId.slice(0, 4)}`,
    communeCode: '14797',
    provinceCode: '38',
    kind: 'petition',
    channel: 'suggestion-box',
    openedAt: vn('2026-11-02T09:00:00').toISOString(),
    responseWorkingDays: 10,
    ...overrides,
  };
}
