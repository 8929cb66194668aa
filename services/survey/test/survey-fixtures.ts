import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { ManualClock } from '@libs/clock';
import {
  DOSSIER_RESULT_RETURNED_V1,
  DossierResultReturnedV1,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import { eventually, producedEvent, produceRaw, TestRun } from '@libs/testing';

import { SurveyEnvironment } from '../src/config/survey.environment';
import { IndexRowRecord } from '../src/indexes/infrastructure/index-row.schema';
import { InvitationRecord } from '../src/invitations/infrastructure/invitation.schema';
import { ReturnedDossierRecord } from '../src/invitations/infrastructure/returned-dossier.schema';
import { SurveyModule } from '../src/survey.module';

export const HAC_THANH = '14797';

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
  const envelope = producedEvent(DOSSIER_RESULT_RETURNED_V1, {
    subject: dossierId,
    time: facts.returnedAt,
    data,
  });
  return { dossierId, record: toKafkaRecord(envelope) };
}

export interface SurveyTestApp {
  app: INestApplication;
  clock: ManualClock;
  prefix: string;
  brokers: string[];
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
    brokers: run.brokers,
    dossierTopic: run.topic(TOPICS.dossier),
    responseTopic: run.topic(TOPICS.surveyResponse),
    invitations: app.get(getModelToken(InvitationRecord.name)),
    indexRows: app.get(getModelToken(IndexRowRecord.name)),
    returned: app.get(getModelToken(ReturnedDossierRecord.name)),
  };
}

/** Publishes returned results as intake would; the dossiers' ids. */
export async function publishReturnedDossiers(
  survey: SurveyTestApp,
  facts: ReturnedDossierFacts[],
): Promise<string[]> {
  const records = facts.map((fact) => resultReturnedRecord(fact));
  await produceRaw(
    survey.brokers,
    survey.dossierTopic,
    records.map(({ record }) => record),
  );
  return records.map(({ dossierId }) => dossierId);
}

/** Publishes returned results and waits until each dossier has its after-result invitation. */
export async function returnDossiers(
  survey: SurveyTestApp,
  ...facts: ReturnedDossierFacts[]
): Promise<string[]> {
  const ids = await publishReturnedDossiers(survey, facts);
  for (const dossierId of ids) {
    await eventually(
      async () =>
        (await survey.invitations.findOne({ dossierId, campaignId: null }).exec()) ?? undefined,
      { description: `invitation for ${dossierId}` },
    );
  }
  return ids;
}
