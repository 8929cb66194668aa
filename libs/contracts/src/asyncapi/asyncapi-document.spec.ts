import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { stringify } from 'yaml';

import { EVENT_CATALOGUE } from '../events/event-catalogue';
import { TOPIC_CATALOGUE } from '../topics/topic-catalogue';
import { buildAsyncApiDocument } from './asyncapi-document';

type JsonObject = Record<string, any>;

const ERROR_SEVERITY = 0;
const COMMITTED_DOCUMENT = join(__dirname, '..', '..', '..', '..', 'docs', 'asyncapi.yaml');

describe('buildAsyncApiDocument', () => {
  const document: JsonObject = buildAsyncApiDocument();
  const schemas = document.components.schemas as Record<string, JsonObject>;

  it('should produce an AsyncAPI 3.0 document that the official parser accepts without errors', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));

    const errors = diagnostics
      .filter((diagnostic) => (diagnostic.severity as number) === ERROR_SEVERITY)
      .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(parsed).toBeDefined();
    expect(parsed?.version()).toBe('3.0.0');
  });

  it('should publish every catalogue event type as a message name', () => {
    const messageNames = Object.values(
      document.components.messages as Record<string, JsonObject>,
    ).map((message) => message.name);

    expect(messageNames.sort()).toEqual(
      EVENT_CATALOGUE.map((definition) => definition.type).sort(),
    );
  });

  it('should only describe channels whose address is a catalogue topic', () => {
    const topics = TOPIC_CATALOGUE.map((topic) => topic.name);
    const addresses = Object.values(document.channels as Record<string, JsonObject>).map(
      (channel) => channel.address,
    );

    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      expect(topics).toContain(address);
    }
  });

  it('should put each event on the channel of its topic', () => {
    const channelOfMessage = (type: string): string | undefined =>
      Object.values(document.channels as Record<string, JsonObject>).find((channel) =>
        Object.values(channel.messages as Record<string, JsonObject>).some((reference) => {
          const messageId = String(reference.$ref).split('/').pop() as string;
          return document.components.messages[messageId].name === type;
        }),
      )?.address;

    for (const definition of EVENT_CATALOGUE) {
      expect(channelOfMessage(definition.type)).toBe(definition.topic);
    }
  });

  it('should mark names and the address line of a birth as personal data, and the registration id not', () => {
    expect(schemas.BornChildV1.properties.fullName['x-personal-data']).toBe(true);
    expect(schemas.PostalAddressV1.properties.line['x-personal-data']).toBe(true);
    // Parents carry, when recorded, the sex and date of birth letters address them by.
    expect(schemas.AddressedPersonV1.properties.fullName['x-personal-data']).toBe(true);
    expect(schemas.AddressedPersonV1.properties.sex['x-personal-data']).toBe(true);
    expect(schemas.AddressedPersonV1.properties.dateOfBirth['x-personal-data']).toBe(true);
    expect(schemas.BirthRegisteredV1.properties.father.$ref).toBe(
      '#/components/schemas/AddressedPersonV1',
    );
    expect(schemas.BirthRegisteredV1.properties.mother.$ref).toBe(
      '#/components/schemas/AddressedPersonV1',
    );
    expect(schemas.BirthRegisteredV1.properties.registrationId).not.toHaveProperty(
      'x-personal-data',
    );
    expect(schemas.PostalAddressV1.properties.communeCode).not.toHaveProperty('x-personal-data');
  });

  it('should mark the citizen’s free-text survey comment as personal data (review L8)', () => {
    expect(schemas.SurveyDissatisfactionReportedV1.properties.comment['x-personal-data']).toBe(
      true,
    );
  });

  it('should match the committed docs/asyncapi.yaml, so the public catalogue cannot drift from the code', () => {
    const committed = readFileSync(COMMITTED_DOCUMENT, 'utf8');

    expect(committed).toBe(stringify(buildAsyncApiDocument()));
  });
});
