import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

import { HttpTarget, SchemaObject } from './fuzz-targets';

/** One request as sent: its path with parameters filled in, headers and raw body. */
export interface FuzzRequest {
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** A loopback address of its own, so per-client limits do not turn inputs into 429s. */
  from: string;
  role: string;
}

/** Values a field might plausibly hold, and values of every other type. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '14797',
    '00070',
    '38',
    'Nguyễn Văn An',
    'Nguyễn Văn An',
    '0987654321',
    'a@b.vn',
    '"a b"@example.vn',
    'x@y\r\nBcc: z@w',
    '{{#x}}{{/x}}',
    '$ne',
    '__proto__',
    'constructor',
    '0000-00-00',
    '2026-13-01',
    '2026-02-31',
    '9999-99-99',
    '2026-03-12',
    '2026-03-12T09:00:00+07:00',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'A\u0301',
    '../../etc/passwd',
    'H56.147.97-260312-0001',
    'R5KK-PMNY',
  ),
);
const oversizedText = fc.integer({ min: 1_000, max: 120_000 }).map((length) => 'ậ'.repeat(length));
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, -1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308),
);
const confused: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(text, scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constant({ $ne: null }) },
  { weight: 1, arbitrary: fc.array(fc.constant({}), { minLength: 1000, maxLength: 3000 }) },
);

function resolve(schema: SchemaObject, schemas: Record<string, SchemaObject>): SchemaObject {
  if (schema.$ref) {
    return schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  if (schema.allOf?.[0]) {
    return resolve(schema.allOf[0], schemas);
  }
  return schema;
}

/** A value for a field of this schema: often of the right shape, often not. */
function valueFor(
  raw: SchemaObject,
  schemas: Record<string, SchemaObject>,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolve(raw, schemas);
  const plausible: fc.Arbitrary<unknown>[] = [];
  if (schema.enum && schema.enum.length > 0) {
    plausible.push(fc.constantFrom(...schema.enum));
  }
  if (schema.example !== undefined) {
    plausible.push(fc.constant(schema.example));
  }
  if (schema.properties && depth < 4) {
    plausible.push(objectFor(schema, schemas, depth + 1));
  }
  if (schema.type === 'array' && schema.items && depth < 4) {
    plausible.push(fc.array(valueFor(schema.items, schemas, depth + 1), { maxLength: 4 }));
  }
  if (schema.format === 'uuid') {
    plausible.push(fc.uuid());
  }
  return plausible.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.oneof(...plausible) }, { weight: 2, arbitrary: confused })
    : confused;
}

/** An object with the schema's field names (some left out) plus, now and then, unknown ones. */
function objectFor(
  schema: SchemaObject,
  schemas: Record<string, SchemaObject>,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {});
  const known = fc.record(
    Object.fromEntries(fields.map(([name, field]) => [name, valueFor(field, schemas, depth)])),
    { requiredKeys: [] },
  );
  return fc
    .tuple(known, fc.option(fc.dictionary(text, confused, { maxKeys: 2 }), { freq: 4 }))
    .map(([object, extra]) => ({ ...(extra ?? {}), ...object }));
}

const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** Raw bodies: shaped by the route's schema, random JSON, malformed, oversized, deep. */
function bodyFor(
  target: HttpTarget,
  schemas: Record<string, SchemaObject>,
): fc.Arbitrary<Buffer | undefined> {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null');
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: target.body ? 8 : 1,
      arbitrary: target.body
        ? valueFor(target.body, schemas, 0).map(json)
        : fc.constant(Buffer.from('{}')),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'binary', maxLength: 200 })
        .map((garbage) => Buffer.from(`{"communeCode":"14797",${garbage}`)),
    },
    { weight: 1, arbitrary: oversizedText.map((big) => Buffer.from(`{"communeCode":"${big}"}`)) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 30, max: 20_000 }).map((n) => Buffer.from(nested(n))),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  );
}

/** Percent-encoded as a client would; a lone surrogate goes out as its raw UTF-8 bytes. */
function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** Path parameters: well-formed ids of records that do not exist, and everything else. */
const pathValue = fc.oneof(
  { weight: 3, arbitrary: fc.uuid().map(encoded) },
  { weight: 3, arbitrary: text.map(encoded) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%E0%A4%A',
      '%',
      '%00',
      '%2e%2e',
      '..',
      'con',
      'A'.repeat(3000),
      randomUUID().toUpperCase(),
      'birth-congratulation',
    ),
  },
);

const queryValue = fc.oneof(
  text.map(encoded),
  fc.constantFrom('%', '%ZZ', 'a&b', '1e400', '-0', ''),
);

/** Header values node can send (printable ASCII, no CR/LF). */
const headerText = fc.string({ maxLength: 60 }).map((value) => value.replace(/[^\x20-\x7e]/g, ''));

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=koi8-r',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/merge-patch+json',
  'application/json; charset',
  ';;;',
);

/** One request to the route, by a principal of one of its roles for commune 14797. */
export function requestFor(
  target: HttpTarget,
  schemas: Record<string, SchemaObject>,
): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...target.pathParams.map(() => pathValue));
  const query = fc.array(
    fc.tuple(
      target.queryParams.length > 0
        ? fc.oneof(fc.constantFrom(...target.queryParams), fc.string({ maxLength: 12 }))
        : fc.string({ maxLength: 12 }),
      queryValue,
    ),
    { maxLength: 5 },
  );
  const headers = fc.record(
    {
      'content-type': contentTypes,
      'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'),
      'idempotency-key': fc.oneof(fc.uuid(), headerText),
      'x-lookup-secret': headerText,
      'x-correlation-id': headerText,
      'accept-charset': headerText,
      'user-agent': headerText,
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      params,
      query,
      headers,
      body: bodyFor(target, schemas),
      from: fc.tuple(fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 })),
      role: target.roles.length > 0 ? fc.constantFrom(...target.roles) : fc.constant('public'),
    })
    .map(({ params, query, headers, body, from, role }) => {
      let index = 0;
      const path = target.path.replace(/:[A-Za-z0-9_]+/g, () => params[index++] ?? '');
      const search = query.map(([name, value]) => `${encoded(name)}=${value}`).join('&');
      return {
        path: search ? `${path}?${search}` : path,
        headers: body ? { 'content-type': 'application/json', ...headers } : headers,
        ...(body ? { body } : {}),
        from: `127.${from[0]}.${from[1]}.${from[2]}`,
        role,
      };
    });
}

/** A Kafka record that no handler can take: broken envelope, or a valid one with bad data. */
export interface PoisonRecord {
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  /** The ce_type header, when the envelope is complete. */
  type?: string;
}

export function poisonFor(types: string[]): fc.Arbitrary<PoisonRecord> {
  const data = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc.dictionary(text, confused, { maxKeys: 6 }).map((value) => JSON.stringify(value)),
    oversizedText.map((big) => JSON.stringify({ communeCode: big })),
  );
  const complete = fc
    .record({ type: fc.constantFrom(...types), value: data, key: fc.option(fc.uuid()) })
    .map(({ type, value, key }) => ({
      key,
      value,
      type,
      headers: {
        ce_specversion: '1.0',
        ce_id: randomUUID(),
        ce_type: type,
        ce_source: '/fuzz',
        ce_time: new Date().toISOString(),
        'content-type': 'application/json',
      },
    }));
  const broken = fc
    .record({
      key: fc.option(fc.string({ maxLength: 40 })),
      value: fc.option(fc.oneof(data, fc.string({ unit: 'binary', maxLength: 200 })), {
        freq: 6,
      }),
      headers: fc.record(
        {
          ce_specversion: fc.constantFrom('1.0', '0.3', '2', ''),
          ce_id: headerText,
          ce_type: fc.oneof(
            fc.constantFrom(...types.map((type) => type.replace(/\.v\d+$/, '.v9'))),
            fc.string({ maxLength: 30 }),
          ),
          ce_source: headerText,
          ce_time: fc.constantFrom('', 'hôm qua', '2026-13-01T00:00:00Z'),
        },
        { requiredKeys: ['ce_type'] },
      ),
    })
    .map(({ key, value, headers }) => ({ key, value, headers }));
  return fc.oneof(complete, broken);
}
