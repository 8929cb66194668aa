import { CLOUD_EVENT_HEADER_ATTRIBUTES, EventEnvelope } from './event-envelope';

export interface KafkaRecordParts {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export class MalformedEnvelopeError extends Error {
  readonly code = 'EVENT.MALFORMED_ENVELOPE';
}

/** Encodes an envelope in the CloudEvents Kafka protocol binding, binary content mode. */
export function toKafkaRecord(envelope: EventEnvelope): KafkaRecordParts {
  const headers: Record<string, string> = { 'content-type': envelope.datacontenttype };
  for (const attribute of CLOUD_EVENT_HEADER_ATTRIBUTES) {
    const value = envelope[attribute];
    if (value !== undefined) {
      headers[`ce_${attribute}`] = value;
    }
  }
  return { key: envelope.subject, value: JSON.stringify(envelope.data), headers };
}

type RawHeaderValue = Buffer | string | (Buffer | string)[] | undefined;

function headerText(value: RawHeaderValue): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? undefined : single.toString();
}

/** Decodes a binary-mode record; throws MalformedEnvelopeError naming what is missing. */
export function fromKafkaRecord(
  headers: Record<string, RawHeaderValue>,
  value: Buffer | string | null,
): EventEnvelope {
  const read = (name: string): string | undefined => headerText(headers[`ce_${name}`]);
  const missing = ['specversion', 'id', 'type', 'source', 'time'].filter((name) => !read(name));
  if (missing.length > 0) {
    throw new MalformedEnvelopeError(
      `missing CloudEvents headers: ${missing.map((name) => `ce_${name}`).join(', ')}`,
    );
  }
  if (read('specversion') !== '1.0') {
    throw new MalformedEnvelopeError(`unsupported specversion ${read('specversion')}`);
  }
  if (value === null) {
    throw new MalformedEnvelopeError('record has no value');
  }
  let data: unknown;
  try {
    data = JSON.parse(value.toString());
  } catch {
    throw new MalformedEnvelopeError('record value is not JSON');
  }
  const id = read('id') as string;
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id,
    type: read('type') as string,
    source: read('source') as string,
    subject: read('subject') ?? '',
    time: read('time') as string,
    datacontenttype: 'application/json',
    correlationid: read('correlationid') ?? id,
    data,
  };
  // optional extensions: an absent header leaves the attribute out, not undefined
  for (const extension of ['causationid', 'communecode'] as const) {
    const text = read(extension);
    if (text !== undefined) {
      envelope[extension] = text;
    }
  }
  return envelope;
}
