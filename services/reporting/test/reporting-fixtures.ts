import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';

import {
  BIRTH_REGISTERED_V1,
  DEADLINE_OVERDUE_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_FEE_PAID_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  EventDefinition,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  LETTER_CREATED_V1,
  MARRIAGE_REGISTERED_V1,
  physicalTopic,
  SURVEY_ANSWERED_V1,
  toKafkaRecord,
  validateEventData,
} from '@libs/contracts';
import { producedEvent, produceRaw, TestRun } from '@libs/testing';

import { ReportingEnvironment } from '../src/config/reporting.environment';
import { ReportingModule } from '../src/reporting.module';

export const HAC_THANH = '14797';
export const QUANG_PHU = '16522';

export interface KafkaRecord {
  topic: string;
  record: { key: string; value: string; headers: Record<string, string> };
}

/** A contract-valid event as its producer would publish it (strict producer validation). */
export function eventRecord(
  definition: EventDefinition,
  subject: string,
  time: string,
  data: Record<string, unknown>,
): KafkaRecord {
  const validation = validateEventData(definition, data, 'producer');
  if (!validation.ok) {
    throw new Error(
      `${definition.type} fixture breaks the contract: ${validation.errors.join('; ')}`,
    );
  }
  return {
    topic: definition.topic,
    record: toKafkaRecord(producedEvent(definition, { subject, time, data })),
  };
}

/** One dossier received and, when `returnedAt` is given, returned; online when asked. */
export function dossierRecords(facts: {
  communeCode: string;
  receivedAt: string;
  dueAt: string;
  returnedAt?: string;
  channel?: 'counter' | 'online';
  fee?: 'cash' | 'cashless';
}): KafkaRecord[] {
  const dossierId = randomUUID();
  const ref = {
    dossierId,
    dossierCode: `000.00.38.H56-220101-${dossierId.slice(0, 4)}`,
    communeCode: facts.communeCode,
    provinceCode: '38',
    procedureKey: 'copy-certification',
  };
  const records = [
    eventRecord(DOSSIER_RECEIVED_V1, dossierId, facts.receivedAt, {
      ...ref,
      procedureName: 'Chứng thực bản sao từ bản chính',
      channel: facts.channel ?? 'counter',
      receivedAt: facts.receivedAt,
      processingWorkingDays: 1,
      afternoonCutoff: true,
      dueAt: facts.dueAt,
      applicant: { fullName: 'Nguyễn Văn An' },
    }),
  ];
  if (facts.fee) {
    records.push(
      eventRecord(DOSSIER_FEE_PAID_V1, dossierId, facts.receivedAt, {
        ...ref,
        amountVnd: 2000,
        method: facts.fee,
        paidAt: facts.receivedAt,
      }),
    );
  }
  if (facts.returnedAt) {
    records.push(
      // a type reporting does not count travels on the same topic and must be skipped
      eventRecord(DOSSIER_STATUS_CHANGED_V1, dossierId, facts.returnedAt, {
        ...ref,
        from: 'processed',
        to: 'result-returned',
        changedAt: facts.returnedAt,
      }),
      eventRecord(DOSSIER_RESULT_RETURNED_V1, dossierId, facts.returnedAt, {
        ...ref,
        receivedAt: facts.receivedAt,
        dueAt: facts.dueAt,
        returnedAt: facts.returnedAt,
        onTime: facts.returnedAt <= facts.dueAt,
      }),
    );
  }
  return records;
}

const ADDRESS = { line: 'Số 12, phố Trần Phú', communeCode: HAC_THANH };

/** A civil-status registration of the kind `definition`, between the given people. */
function registrationRecord(
  definition: EventDefinition,
  communeCode: string,
  registeredAt: string,
  people: Record<string, unknown>,
): KafkaRecord {
  const registrationId = randomUUID();
  return eventRecord(definition, registrationId, registeredAt, {
    registrationId,
    communeCode,
    provinceCode: '38',
    registeredAt,
    ...people,
    address: ADDRESS,
  });
}

export const birthRecord = (communeCode: string, registeredAt: string): KafkaRecord =>
  registrationRecord(BIRTH_REGISTERED_V1, communeCode, registeredAt, {
    child: { fullName: 'Nguyễn Minh Khôi', dateOfBirth: registeredAt.slice(0, 10), sex: 'male' },
    father: { fullName: 'Nguyễn Văn An' },
  });

export const marriageRecord = (communeCode: string, registeredAt: string): KafkaRecord =>
  registrationRecord(MARRIAGE_REGISTERED_V1, communeCode, registeredAt, {
    husband: { fullName: 'Lê Văn Bình' },
    wife: { fullName: 'Trần Thị Hoa' },
  });

export const deathRecord = (communeCode: string, registeredAt: string): KafkaRecord =>
  registrationRecord(DEATH_REGISTERED_V1, communeCode, registeredAt, {
    deceased: { fullName: 'Phạm Văn Cường', dateOfDeath: registeredAt.slice(0, 10) },
    family: { fullName: 'Phạm Thị Dung' },
  });

/** A letter drafted today (processing time) for an occasion in the past (business time). */
export function letterRecord(communeCode: string, kind: string, occasionAt: string): KafkaRecord {
  const letterId = randomUUID();
  return eventRecord(LETTER_CREATED_V1, letterId, '2026-11-30T03:00:00.000Z', {
    letterId,
    communeCode,
    kind,
    subjectKey: `${kind}:${letterId}`,
    recipientName: 'Ông Nguyễn Văn An',
    createdAt: '2026-11-30T03:00:00.000Z',
    occasionAt,
  });
}

export function surveyRecord(communeCode: string, answeredAt: string, rating: number): KafkaRecord {
  const invitationId = randomUUID();
  return eventRecord(SURVEY_ANSWERED_V1, invitationId, answeredAt, {
    invitationId,
    communeCode,
    provinceCode: '38',
    answeredAt,
    overallRating: rating,
    dissatisfied: rating <= 2,
  });
}

/** A petition opened and, when `answeredAt` is given, answered against its deadline. */
export function petitionRecords(facts: {
  communeCode: string;
  openedAt: string;
  dueAt: string;
  answeredAt?: string;
  withContact?: boolean;
  escalated?: boolean;
}): KafkaRecord[] {
  const caseId = randomUUID();
  const ref = {
    caseId,
    caseCode: `PA-${facts.communeCode}-2022-${caseId.slice(0, 4)}`,
    communeCode: facts.communeCode,
    provinceCode: '38',
    kind: 'petition',
  };
  const records = [
    eventRecord(FEEDBACK_CASE_OPENED_V1, caseId, facts.openedAt, {
      ...ref,
      channel: 'suggestion-box',
      openedAt: facts.openedAt,
      responseWorkingDays: 10,
      ...(facts.withContact ? { contact: { fullName: 'Hoàng Văn Em' } } : {}),
    }),
  ];
  if (facts.escalated) {
    const deadlineId = randomUUID();
    records.push(
      eventRecord(DEADLINE_OVERDUE_V1, deadlineId, facts.dueAt, {
        deadlineId,
        subjectType: 'feedback-case',
        subjectId: caseId,
        subjectCode: ref.caseCode,
        communeCode: facts.communeCode,
        provinceCode: '38',
        dueAt: facts.dueAt,
        detectedAt: facts.dueAt,
      }),
    );
  }
  if (facts.answeredAt) {
    records.push(
      eventRecord(FEEDBACK_CASE_ANSWERED_V1, caseId, facts.answeredAt, {
        ...ref,
        answeredAt: facts.answeredAt,
        outcome: 'answered',
        dueAt: facts.dueAt,
        onTime: facts.answeredAt <= facts.dueAt,
      }),
    );
  }
  return records;
}

export interface ReportingTestApp {
  app: INestApplication;
  close(): Promise<void>;
}

/** The reporting service in-process over the run's own database and topics. */
export async function startReportingApp(run: TestRun): Promise<ReportingTestApp> {
  const app = await run.startService({
    name: 'reporting',
    environment: ReportingEnvironment,
    module: ReportingModule,
    settings: { CONSUMER_RETRY_BASE_MS: '20' },
  });
  return { app, close: () => run.stopService(app) };
}

/** Publishes the records to their (prefixed) topics, in order per topic. */
export async function publish(
  brokers: string[],
  prefix: string,
  records: KafkaRecord[],
): Promise<void> {
  const byTopic = new Map<string, KafkaRecord['record'][]>();
  for (const { topic, record } of records) {
    const physical = physicalTopic(prefix, topic);
    byTopic.set(physical, [...(byTopic.get(physical) ?? []), record]);
  }
  for (const [topic, messages] of byTopic) {
    await produceRaw(brokers, topic, messages);
  }
}
