import { EventFlow } from '@libs/contracts';

import { consumedTopics, DeadLetter, poisonRecords, tallyPoison } from './poison';

const flow = (type: string, topic: string, consumers: string[]): EventFlow =>
  ({
    definition: { type, topic },
    publishedIn: [],
    consumers: consumers.map((service) => ({ service, path: `services/${service}/src/x.ts` })),
  }) as unknown as EventFlow;

const flows = [
  flow('birth.registered.v1', 'intake.civil-status.v1', ['correspondence', 'reporting']),
  flow('dossier.received.v1', 'intake.dossier.v1', ['deadline']),
  flow('dossier.fee-paid.v1', 'intake.dossier.v1', ['reporting']),
  flow('letter.status-changed.v1', 'correspondence.letter.v1', []),
];
const groupOf = (service: string): string => `g-${service}`;

describe('poison for the fault suite', () => {
  it('should list each consumed topic with every group subscribed to it', () => {
    expect(consumedTopics(flows)).toEqual([
      {
        topic: 'intake.civil-status.v1',
        services: ['correspondence', 'reporting'],
        types: [{ type: 'birth.registered.v1', services: ['correspondence', 'reporting'] }],
      },
      {
        topic: 'intake.dossier.v1',
        services: ['deadline', 'reporting'],
        types: [
          { type: 'dossier.received.v1', services: ['deadline'] },
          { type: 'dossier.fee-paid.v1', services: ['reporting'] },
        ],
      },
    ]);
  });

  it('should owe a decoding failure to every subscribed group and a contract failure to the handlers only', () => {
    const sent = poisonRecords(consumedTopics(flows), 1, 'r');
    const onDossiers = sent.filter((record) => record.topic === 'intake.dossier.v1');

    expect(onDossiers.map((record) => [record.kind, record.expectedIn, record.reason])).toEqual([
      ['not-json', ['deadline', 'reporting'], 'malformed-envelope'],
      ['no-headers', ['deadline', 'reporting'], 'malformed-envelope'],
      ['unknown-version', ['deadline', 'reporting'], 'unknown-event-type'],
      ['contract-violation', ['deadline'], 'contract-violation'],
      ['contract-violation', ['reporting'], 'contract-violation'],
    ]);
    expect(onDossiers[2].headers.ce_type).toBe('dossier.received.v9');
  });

  it('should find poison missing, doubled, with a wrong reason, and valid events dead-lettered', () => {
    const sent = poisonRecords(consumedTopics(flows), 1, 'r').filter(
      (record) => record.topic === 'intake.civil-status.v1' && record.kind === 'not-json',
    );
    const letter = (group: string, key: string | null, reason: string): DeadLetter => ({
      group,
      key,
      headers: { dlq_reason: reason },
    });
    const tally = tallyPoison(
      sent,
      [
        letter('g-correspondence', sent[0].key, 'malformed-envelope'),
        letter('g-correspondence', sent[0].key, 'contract-violation'),
        letter('g-correspondence', 'a-birth', 'retries-exhausted'),
      ],
      groupOf,
    );

    expect(tally.expected).toBe(2);
    expect(tally.missing).toEqual(['g-reporting intake.civil-status.v1[0] not-json']);
    expect(tally.doubled).toEqual(['g-correspondence intake.civil-status.v1[0] not-json ×2']);
    expect(tally.wrongReason).toHaveLength(1);
    expect(tally.unexpected).toHaveLength(1);
  });
});
