import { randomUUID } from 'node:crypto';

import {
  BIRTH_REGISTERED_V1,
  DEADLINE_RESCHEDULED_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_RECEIVED_V1,
  EventDefinition,
  FEEDBACK_CASE_OPENED_V1,
  MARRIAGE_REGISTERED_V1,
  SURVEY_REMINDER_DUE_V1,
  toKafkaRecord,
} from '@libs/contracts';
import { producedEvent } from '@libs/testing';

export const HAC_THANH = '14797';

export interface RawRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A CloudEvents binary-mode record as another service's outbox relay would publish it. */
export function record(
  prefix: string,
  definition: EventDefinition,
  subject: string,
  data: object,
  time = '2026-11-28T02:00:00.000Z',
): RawRecord {
  const parts = toKafkaRecord(producedEvent(definition, { subject, time, data }));
  return { topic: `${prefix}${definition.topic}`, ...parts };
}

export function birth(overrides: Record<string, unknown> = {}) {
  const registrationId = randomUUID();
  return {
    registrationId,
    communeCode: HAC_THANH,
    provinceCode: '38',
    registeredAt: '2026-11-28T02:00:00.000Z',
    child: { fullName: 'Lê Thảo Vy', dateOfBirth: '2026-11-21', sex: 'female' },
    father: { fullName: 'Lê Đức Thịnh' },
    mother: { fullName: 'Phạm Thị Hằng' },
    address: { line: 'Số 5, đường Lê Hoàn', communeCode: HAC_THANH },
    ...overrides,
  };
}

export function marriage(overrides: Record<string, unknown> = {}) {
  return {
    registrationId: randomUUID(),
    communeCode: HAC_THANH,
    provinceCode: '38',
    registeredAt: '2026-11-27T03:00:00.000Z',
    husband: { fullName: 'Nguyễn Quang Huy' },
    wife: { fullName: 'Đỗ Thị Ngọc Ánh' },
    address: { line: 'Số 18, phố Hàng Đồng', communeCode: HAC_THANH },
    ...overrides,
  };
}

export function death(overrides: Record<string, unknown> = {}) {
  return {
    registrationId: randomUUID(),
    communeCode: HAC_THANH,
    provinceCode: '38',
    registeredAt: '2026-11-27T04:00:00.000Z',
    deceased: {
      fullName: 'Trịnh Văn Quý',
      dateOfDeath: '2026-11-25',
      sex: 'male',
      dateOfBirth: '1950-04-02',
    },
    family: { fullName: 'Trịnh Thị Lụa', relationship: 'con gái', sex: 'female' },
    address: { line: 'Thôn Đông, tổ dân phố 7', communeCode: HAC_THANH },
    ...overrides,
  };
}

export function dossierReceived(
  applicant: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
) {
  const dossierId = randomUUID();
  return {
    dossierId,
    dossierCode: `000.00.38.H56-261120-${String(Math.floor(Math.random() * 9000) + 1000)}`,
    communeCode: HAC_THANH,
    provinceCode: '38',
    procedureKey: 'chung-thuc-ban-sao',
    procedureName: 'Chứng thực bản sao từ bản chính',
    channel: 'counter',
    receivedAt: '2026-11-20T01:30:00.000Z',
    processingWorkingDays: 3,
    afternoonCutoff: false,
    dueAt: '2026-11-25T08:00:00.000Z',
    applicant,
    ...overrides,
  };
}

export function rescheduled(dossier: { dossierId: string; dossierCode: string }) {
  return {
    deadlineId: randomUUID(),
    subjectType: 'dossier',
    subjectId: dossier.dossierId,
    subjectCode: dossier.dossierCode,
    communeCode: HAC_THANH,
    provinceCode: '38',
    dueAt: '2026-12-02T08:00:00.000Z',
    previousDueAt: '2026-11-25T08:00:00.000Z',
    reason: 'Cần xác minh thêm thông tin với cơ quan cấp bản chính.',
    rescheduledAt: '2026-11-24T02:00:00.000Z',
  };
}

export function feedbackOpened(
  contact?: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
) {
  return {
    caseId: randomUUID(),
    caseCode: `PA-14797-2026-${String(Math.floor(Math.random() * 9000) + 1000)}`,
    communeCode: HAC_THANH,
    provinceCode: '38',
    kind: 'suggestion',
    channel: 'suggestion-box',
    openedAt: '2026-11-26T03:00:00.000Z',
    ...(contact ? { contact } : {}),
    ...overrides,
  };
}

export function surveyReminderDue(dossier: { dossierId: string; dossierCode: string }) {
  return {
    invitationId: randomUUID(),
    communeCode: HAC_THANH,
    provinceCode: '38',
    procedureKey: 'chung-thuc-ban-sao',
    dossierId: dossier.dossierId,
    dossierCode: dossier.dossierCode,
    reminderNumber: 1,
    issuedAt: '2026-11-25T09:00:00.000Z',
    expiresAt: '2026-12-09T16:59:59.000Z',
  };
}

export const DEFINITIONS = {
  birth: BIRTH_REGISTERED_V1,
  marriage: MARRIAGE_REGISTERED_V1,
  death: DEATH_REGISTERED_V1,
  dossierReceived: DOSSIER_RECEIVED_V1,
  rescheduled: DEADLINE_RESCHEDULED_V1,
  feedbackOpened: FEEDBACK_CASE_OPENED_V1,
  surveyReminder: SURVEY_REMINDER_DUE_V1,
};
