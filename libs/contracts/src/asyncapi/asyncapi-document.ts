import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

import { CLOUD_EVENT_HEADER_ATTRIBUTES } from '../envelope/event-envelope';
import { EVENT_CATALOGUE } from '../events/event-catalogue';
import { EventDefinition } from '../events/event-definition';
import { TOPIC_CATALOGUE } from '../topics/topic-catalogue';

type JsonObject = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';
const SCHEMA_PREFIX = '#/components/schemas/';

const identifier = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '-');
const messageId = (definition: EventDefinition): string => identifier(definition.type);

/** Schemas of the catalogue's data classes and of every class they reference. */
function contractSchemas(): Record<string, JsonObject> {
  const all = validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: SCHEMA_PREFIX,
  }) as Record<string, JsonObject>;
  const selected: Record<string, JsonObject> = {};
  const visit = (name: string): void => {
    const schema = all[name];
    if (selected[name] || !schema) {
      return;
    }
    selected[name] = schema;
    const refs = JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g);
    for (const [, referenced] of refs) {
      visit(referenced);
    }
  };
  EVENT_CATALOGUE.forEach((definition) => visit(definition.dataClass.name));
  return selected;
}

function cloudEventHeadersSchema(definition: EventDefinition): JsonObject {
  const properties: Record<string, JsonObject> = {
    'content-type': { type: 'string', const: 'application/json' },
  };
  for (const attribute of CLOUD_EVENT_HEADER_ATTRIBUTES) {
    properties[`ce_${attribute}`] = { type: 'string' };
  }
  properties.ce_specversion = { type: 'string', const: '1.0' };
  properties.ce_type = { type: 'string', const: definition.type };
  properties.ce_time = { type: 'string', format: 'date-time' };
  properties.ce_correlationid = {
    type: 'string',
    description: 'Shared by every event caused by one request.',
  };
  properties.ce_causationid = { type: 'string', description: 'Id of the causing event.' };
  properties.ce_communecode = { type: 'string', description: '2025 commune code (tenant).' };
  return {
    type: 'object',
    required: ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time', 'content-type'],
    properties,
  };
}

/**
 * The public event catalogue for other agencies, as an AsyncAPI 3.0 document built from
 * the contract classes, so the catalogue cannot drift from the code.
 */
export function buildAsyncApiDocument(version = '1.0.0'): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};

  for (const topic of TOPIC_CATALOGUE) {
    const definitions = EVENT_CATALOGUE.filter((definition) => definition.topic === topic.name);
    const channelId = identifier(topic.name);
    const channelMessages: JsonObject = {};
    for (const definition of definitions) {
      channelMessages[messageId(definition)] = {
        $ref: `#/components/messages/${messageId(definition)}`,
      };
    }
    channels[channelId] = {
      address: topic.name,
      title: topic.name,
      description: `${topic.summary} Record key: ${topic.keyDescription}. Produced by the ${topic.owner} service.`,
      messages: channelMessages,
      bindings: { kafka: { topic: topic.name, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    for (const definition of definitions) {
      operations[`publish-${messageId(definition)}`] = {
        action: 'send',
        summary: definition.summary,
        channel: { $ref: `#/channels/${channelId}` },
        messages: [{ $ref: `#/channels/${channelId}/messages/${messageId(definition)}` }],
      };
      messages[messageId(definition)] = {
        name: definition.type,
        title: definition.type,
        summary: definition.summary,
        contentType: 'application/json',
        headers: cloudEventHeadersSchema(definition),
        payload: { $ref: `${SCHEMA_PREFIX}${definition.dataClass.name}` },
        bindings: {
          kafka: {
            key: { type: 'string', description: topic.keyDescription },
            bindingVersion: KAFKA_BINDING_VERSION,
          },
        },
      };
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Chính quyền thân thiện: public event catalogue',
      version,
      description:
        'Events published by the commune one-stop platform. CloudEvents 1.0 in Kafka binary content mode: the record value is the JSON data, attributes are ce_* headers, the key is the aggregate id. Properties marked x-personal-data carry personal data and are only on topics whose consumers need them.',
    },
    defaultContentType: 'application/json',
    servers: {
      province: {
        host: 'kafka.province.local:9092',
        protocol: 'kafka',
        description: 'Province event backbone; agencies get read access per topic.',
      },
    },
    channels,
    operations,
    components: { schemas: contractSchemas(), messages },
  };
}
