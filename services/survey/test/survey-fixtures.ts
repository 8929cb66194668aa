import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { ManualClock } from '@libs/clock';
import {
  DOSSIER_RESULT_RETURNED_V1,
  DossierResultReturnedV1,
  EventEnvelope,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import { TestRun } from '@libs/testing';

import { SurveyEnvironment } from '../src/config/survey.environment';
import { IndexRowRecord } from '../src/indexes/infrastructure/index-row.schema';
import { InvitationRecord } from '../src/invitations/infrastructure/invitation.schema';
import { ReturnedDossierRecord } from '../src/invitations/infrastructure/returned-dossier.schema';
import { CONDUCT_ITEMS } from '../src/questionnaires/domain/measures';
import { SurveyModule } from '../src/survey.module';

export const HAC_THANH = '14797';

/** A complete, fully satisfied answer to the default questionnaire. */
export const satisfiedAnswers = (): Record<string, unknown> => ({
  overall: 5,
  'sipas-access': 5,
  'sipas-procedure': 4,
  'sipas-officer': 5,
  'sipas-result': 5,
  ...Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, 'yes'])),
  apologise: 'not-applicable',
});

export interface ReturnedDossierFacts {
  dossierId?: string;
  communeCode?: string;
  procedureKey?: string;
  /** Defaults to the name of the default procedure; null for an event from before names were carried. */
  procedureName?: string | null;
  officerId?: string;
  returnedAt: string;
  onTime?: boolean;
}

/** A `dossier.result-returned.v1` record as intake would publish it. */
export function resultReturnedRecord(facts: ReturnedDossierFacts): {
  dossierId: string;
  record: { key: string; value: string; headers: Record<string, string> };
} {
  const dossierId = facts.dossierId ?? randomUUID();
  const communeCode = facts.communeCode ?? HAC_THANH;
  const procedureName =
    facts.procedureName === undefined && facts.procedureKey === undefined
      ? 'Đăng ký khai sinh'
      : facts.procedureName;
  const data: DossierResultReturnedV1 = Object.assign(new DossierResultReturnedV1(), {
    dossierId,
    dossierCode: `000.00.38.H56-${facts.returnedAt.slice(2, 10).replace(/-/g, '')}-${dossierId.slice(0, 4)}`,
    communeCode,
    provinceCode: '38',
    procedureKey: facts.procedureKey ?? 'birth-registration',
    ...(procedureName ? { procedureName } : {}),
    receivedAt: '2026-01-02T02:00:00.000Z',
    dueAt: '2026-01-07T10:00:00.000Z',
    returnedAt: facts.returnedAt,
    onTime: facts.onTime ?? true,
    ...(facts.officerId ? { officerId: facts.officerId } : {}),
  });
  const id = randomUUID();
  const envelope: EventEnvelope<DossierResultReturnedV1> = {
    specversion: '1.0',
    id,
    type: DOSSIER_RESULT_RETURNED_V1.type,
    source: '/services/intake',
    subject: dossierId,
    time: facts.returnedAt,
    datacontenttype: 'application/json',
    correlationid: id,
    communecode: communeCode,
    data,
  };
  return { dossierId, record: toKafkaRecord(envelope) };
}

export interface SurveyTestApp {
  app: INestApplication;
  clock: ManualClock;
  prefix: string;
  dossierTopic: string;
  responseTopic: string;
  invitations: Model<InvitationRecord>;
  indexRows: Model<IndexRowRecord>;
  returned: Model<ReturnedDossierRecord>;
}

/** The survey service in-process over the run's own database and topics, on a manual clock. */
export async function startSurveyApp(run: TestRun, start: Date): Promise<SurveyTestApp> {
  const clock = new ManualClock(start);
  const app = await run.startService({
    name: 'survey',
    environment: SurveyEnvironment,
    module: SurveyModule,
    options: { clock },
    settings: {
      CONSUMER_RETRY_BASE_MS: '20',
      SURVEY_SCAN_INTERVAL_MS: '0',
      SURVEY_PUBLIC_LINK_BASE: 'https://dichvucong.thanhhoa.gov.vn/khao-sat/',
    },
  });
  return {
    app,
    clock,
    prefix: run.prefix,
    dossierTopic: run.topic(TOPICS.dossier),
    responseTopic: run.topic(TOPICS.surveyResponse),
    invitations: app.get(getModelToken(InvitationRecord.name)),
    indexRows: app.get(getModelToken(IndexRowRecord.name)),
    returned: app.get(getModelToken(ReturnedDossierRecord.name)),
  };
}
