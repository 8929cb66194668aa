import { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { eventually, KafkaProbe, produceRaw, serviceStarter } from '@libs/testing';

import { CorrespondenceEnvironment } from '../../src/config/correspondence.environment';
import { CorrespondenceModule } from '../../src/correspondence.module';
import { RawRecord } from './events';

/**
 * Starts correspondence as main.ts does, on the run's own database and topics, with no
 * background delivery loop: tests dispatch explicitly.
 */
export const startCorrespondence = serviceStarter(
  'correspondence',
  CorrespondenceEnvironment,
  CorrespondenceModule,
  { settings: { CONSUMER_RETRY_BASE_MS: '50', DELIVERY_POLL_INTERVAL_MS: '0' } },
);

/** Publishes records as other services' outbox relays would, one after another. */
export async function publishRecords(brokers: string[], records: RawRecord[]): Promise<void> {
  for (const one of records) {
    await produceRaw(brokers, one.topic, [
      { key: one.key, value: one.value, headers: one.headers },
    ]);
  }
}

/** The letters written about one subject (`birth:<id>`, `dossier:<id>`, …), as an officer sees them. */
export async function lettersAbout(
  app: INestApplication,
  authorization: string,
  subjectKey: string,
): Promise<unknown[]> {
  const found = await request(app.getHttpServer() as Server)
    .get(`/v1/letters?subjectKey=${encodeURIComponent(subjectKey)}`)
    .set('Authorization', authorization);
  return found.body as unknown[];
}

/** Waits for the first letter about a subject (that passes `check`, if given). */
export const letterAbout = (
  app: INestApplication,
  authorization: string,
  subjectKey: string,
  check: (letter: unknown) => boolean = () => true,
): Promise<unknown> =>
  eventually(
    async () => {
      const [letter] = await lettersAbout(app, authorization, subjectKey);
      return letter !== undefined && check(letter) ? letter : undefined;
    },
    { description: `letter for ${subjectKey}` },
  );

/** Waits for the `letter.status-changed.v1` record a probe on the letter topic caught for a letter. */
export const statusChangeOf = (probe: KafkaProbe, letterId: string, description: string) =>
  eventually(
    () =>
      probe.find(
        (one) => one.key === letterId && one.headers.ce_type === 'letter.status-changed.v1',
      ),
    { description },
  );

/** A commune's letter settings (kinds sent, approval, signer), saved as `authorization`. */
export const saveLetterSettings = (
  app: INestApplication,
  authorization: string,
  communeCode: string,
  settings: object,
) =>
  request(app.getHttpServer() as Server)
    .put(`/v1/letter-settings/${communeCode}`)
    .set('Authorization', authorization)
    .send(settings);
