import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Model } from 'mongoose';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { dueAt } from '@libs/calendar';
import { Commune } from '@libs/reference-data';

import { factsOf } from '../../../services/deadline/src/figures/domain/on-time-figures';
import { toOnTimeFactRecord } from '../../../services/deadline/src/figures/infrastructure/on-time-fact.repository';
import { OnTimeFactSchema } from '../../../services/deadline/src/figures/infrastructure/on-time-fact.schema';
import { Deadline, deadlineIdFor } from '../../../services/deadline/src/tracking/domain/deadline';
import {
  auditSnapshot,
  openDeadline,
} from '../../../services/deadline/src/tracking/domain/deadline-transitions';
import { toDeadlineRecordFields } from '../../../services/deadline/src/tracking/infrastructure/deadline.repository';
import { DeadlineSchema } from '../../../services/deadline/src/tracking/infrastructure/deadline.schema';
import {
  COMMUNE_INTAKE_SETTINGS,
  PROVINCE_AGENCY_PREFIXES,
} from '../../../services/intake/src/dossiers/data/commune-intake-settings';
import { resolveIntakeSettings } from '../../../services/intake/src/dossiers/domain/commune-intake-settings';
import { formatDossierCode } from '../../../services/intake/src/dossiers/domain/dossier-code';
import { DossierSchema } from '../../../services/intake/src/dossiers/infrastructure/dossier.schema';
import { BenchContext } from '../context';
import { addressLine, communes, personName, phoneNumber } from '../fixtures';
import { ServiceSet } from '../services';
import { storeHeap } from '../store-diagnostics';

/**
 * Stores `preload` open dossiers in intake's database and, for each, its open deadline and
 * its "received" on-time fact in the deadline service's database, as the services would have
 * written them: their own mongoose schemas (defaults, timestamps, indexes created first as
 * the services create them), the deadline service's own domain functions (openDeadline,
 * factsOf) and its repositories' record mappings. The dossiers are the province's open backlog: received over the last seven days
 * in every commune intake can receive for, for commune procedures of 10 to 20 working days, so every appointment and
 * every due-soon check lies days after the run (1M pending timers, none due during it).
 */
export interface PreloadResult {
  dossiers: number;
  deadlines: number;
  facts: number;
  seconds: number;
  documentsPerSecond: number;
  batch: number;
  /** Sizes of one document of each kind as BSON-ish JSON, for the record. */
  sampleBytes: { dossier: number; deadline: number; fact: number };
  writtenThrough: string;
  /** The store's live heap (after a full GC) as the preload went: what its indexes cost. */
  heapTrend: { dossiers: number; usedMB: number; maxMB?: number }[];
  /** Where a directly written document would differ from the schema's (empty: none). */
  shapeDifferences: string[];
}

interface ProcedureSnapshot {
  key: string;
  name: string;
  processingWorkingDays: number;
  feeVnd: number;
}

const PROCEDURES: readonly ProcedureSnapshot[] = [
  {
    key: 'land-first-registration',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu',
    processingWorkingDays: 17,
    feeVnd: 0,
  },
  {
    key: 'house-construction-permit',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    processingWorkingDays: 15,
    feeVnd: 75_000,
  },
  {
    key: 'land-use-purpose-change',
    name: 'Chuyển mục đích sử dụng đất',
    processingWorkingDays: 12,
    feeVnd: 0,
  },
  {
    key: 'land-dispute-mediation',
    name: 'Hòa giải tranh chấp đất đai',
    processingWorkingDays: 20,
    feeVnd: 0,
  },
  {
    key: 'business-household-change',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    processingWorkingDays: 10,
    feeVnd: 50_000,
  },
];

/** Share of the store's maximum heap its live data may reach before the preload stops. */
const HEAP_GUARD = 0.85;

const OFFICER_ACTOR = (commune: Commune, index: number): { subject: string; roles: string[] } => ({
  subject: `can-bo-${commune.code}-${index % 4}`,
  roles: ['officer'],
});

interface Built {
  dossier: Record<string, unknown>;
  deadline: Record<string, unknown>;
  facts: Record<string, unknown>[];
}

let deployedCommunes: Commune[] | undefined;

/** The communes intake can receive for: those of the provinces whose agency e-ID it knows. */
function preloadCommunes(): Commune[] {
  deployedCommunes ??= communes().filter((commune) =>
    PROVINCE_AGENCY_PREFIXES.some((prefix) => prefix.provinceCode === commune.provinceCode),
  );
  return deployedCommunes;
}

function build(index: number, now: number, sequenceBase: number): Built {
  const all = preloadCommunes();
  const commune = all[(index * 7919) % all.length];
  const procedure = PROCEDURES[index % PROCEDURES.length];
  // received on one of the seven days before today, in office hours (08:00–16:30, Vietnam)
  const daysAgo = 1 + (index % 7);
  const day = new Date(now - daysAgo * 86_400_000);
  const receivedAt = new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1, 0, 0) +
      ((index * 104_729) % (8.5 * 3_600_000)),
  );
  const due = dueAt(receivedAt, procedure.processingWorkingDays);
  const id = randomUUID();
  const actor = OFFICER_ACTOR(commune, index);
  const inProgress = index % 10 < 3;
  const fullName = personName(index, index % 2 === 0 ? 'male' : 'female');
  const applicant = {
    fullName,
    identityNumber: String(38_000_000_000 + (index % 999_999_999)).padStart(12, '0'),
    phone: phoneNumber(index),
    addressLine: addressLine(index),
  };
  const changedAt = inProgress ? new Date(receivedAt.getTime() + 3_600_000) : receivedAt;
  const settings = resolveIntakeSettings(commune, {
    prefixes: PROVINCE_AGENCY_PREFIXES,
    communes: COMMUNE_INTAKE_SETTINGS,
  });
  if (!settings.agency) {
    throw new Error(`No agency e-ID prefix for province ${commune.provinceCode}`);
  }
  const code = formatDossierCode(
    { ...settings, agency: settings.agency },
    receivedAt,
    sequenceBase + index,
  );
  const audit = [
    auditEntry(
      actor,
      'dossier.received',
      diffSnapshots(undefined, {
        code,
        procedureKey: procedure.key,
        channel: 'counter',
        applicant: fullName,
        status: 'received',
        receivedAt,
        dueAt: due,
        feeVnd: procedure.feeVnd,
      }),
      receivedAt,
      randomUUID(),
    ),
    ...(inProgress
      ? [
          auditEntry(
            actor,
            'dossier.status-changed',
            diffSnapshots({ status: 'received' }, { status: 'in-progress' }),
            changedAt,
            randomUUID(),
          ),
        ]
      : []),
  ];
  const dossier = {
    _id: id,
    code,
    communeCode: commune.code,
    provinceCode: commune.provinceCode,
    procedure: {
      key: procedure.key,
      name: procedure.name,
      processingWorkingDays: procedure.processingWorkingDays,
      civilStatusOutcome: 'none',
    },
    channel: index % 3 === 0 ? 'online' : 'counter',
    applicant,
    civilStatus: null,
    status: inProgress ? 'in-progress' : 'received',
    receivedAt,
    receivedBy: { subject: actor.subject },
    dueAt: due,
    originalDueAt: due,
    reschedule: null,
    fee: {
      amountVnd: procedure.feeVnd,
      status: procedure.feeVnd > 0 ? (index % 2 === 0 ? 'paid' : 'unpaid') : 'not-required',
    },
    notes: [],
    processedAt: null,
    civilStatusRegistrationId: null,
    returnedAt: null,
    onTime: null,
    lastChangedAt: changedAt,
    secret: { salt: randomBytes(16).toString('base64'), hash: randomBytes(32).toString('base64') },
    requestKey: randomUUID(),
    requestFingerprint: createHash('sha256').update(id).digest('hex'),
    processedEvents: [],
    outbox: [],
    outboxPending: false,
    outboxLeaseUntil: null,
    audit,
    createdAt: receivedAt,
    updatedAt: changedAt,
    __v: 0,
  };
  const eventId = randomUUID();
  const opened = openDeadline(
    undefined,
    {
      id: deadlineIdFor('dossier', id),
      subjectType: 'dossier',
      subjectId: id,
      subjectCode: code,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      category: procedure.key,
    },
    {
      receivedAt,
      legalWorkingDays: procedure.processingWorkingDays,
      dueAt: due,
      officerId: actor.subject,
    },
    { dueSoonWorkingHours: 8 },
  ) as Deadline;
  const deadline: Deadline = inProgress
    ? { ...opened, status: 'in-progress', statusChangedAt: changedAt }
    : opened;
  const deadlineRecord = {
    _id: deadline.id,
    ...toDeadlineRecordFields(deadline),
    revision: inProgress ? 1 : 0,
    audit: [
      auditEntry(
        { subject: `event:dossier.received.v1:${eventId}`, roles: ['system'] },
        'deadline.opened',
        diffSnapshots(auditSnapshot(undefined), auditSnapshot(opened) ?? {}),
        receivedAt,
        randomUUID(),
      ),
    ],
    createdAt: receivedAt,
    updatedAt: changedAt,
    __v: 0,
  };
  const facts = factsOf(deadline).map((fact) => ({
    ...toOnTimeFactRecord(fact),
    createdAt: receivedAt,
    updatedAt: receivedAt,
    __v: 0,
  }));
  return { dossier, deadline: deadlineRecord, facts };
}

/** Type of a value as a shape: 'date', 'null', 'string', …, or the shape of an object or array. */
function shapeDifferences(a: unknown, b: unknown, path = ''): string[] {
  const kind = (value: unknown): string =>
    value === null
      ? 'null'
      : value instanceof Date
        ? 'date'
        : Array.isArray(value)
          ? 'array'
          : typeof value === 'object' && value.constructor?.name === 'ObjectId'
            ? 'objectId'
            : typeof value;
  const [kindA, kindB] = [kind(a), kind(b)];
  if (kindA !== kindB) {
    return [`${path || '(root)'}: ${kindA} ≠ ${kindB}`];
  }
  if (kindA === 'array') {
    const [first, second] = [(a as unknown[])[0], (b as unknown[])[0]];
    return first === undefined || second === undefined
      ? []
      : shapeDifferences(first, second, `${path}[0]`);
  }
  if (kindA === 'object') {
    const [objectA, objectB] = [a as Record<string, unknown>, b as Record<string, unknown>];
    const keys = new Set([...Object.keys(objectA), ...Object.keys(objectB)]);
    return [...keys].flatMap((key) =>
      !(key in objectA)
        ? [`${path}.${key}: only written by mongoose`]
        : !(key in objectB)
          ? [`${path}.${key}: only in the benchmark's document`]
          : shapeDifferences(objectA[key], objectB[key], `${path}.${key}`),
    );
  }
  return [];
}

/**
 * Top-level fields the schema fills by default that the benchmark's document does not name
 * (a plugin's new field, say), with their constant defaults, to be added to every document.
 */
function schemaDefaults<T>(model: Model<T>, raw: Record<string, unknown>): Record<string, unknown> {
  const completed = new model(raw).toObject({ versionKey: false }) as Record<string, unknown>;
  const defaults: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(completed)) {
    const constant =
      value === null ||
      ['boolean', 'number', 'string'].includes(typeof value) ||
      (Array.isArray(value) && value.length === 0);
    if (!(key in raw) && constant) {
      defaults[key] = value;
    }
  }
  return defaults;
}

/**
 * Proves that a document inserted directly has the shape of the same document written through
 * the service's own mongoose model (casting, defaults, version key): both are written, read
 * back and compared field by field, then removed.
 */
async function checkShape<T>(model: Model<T>, raw: Record<string, unknown>): Promise<string[]> {
  const collection = model.collection;
  // the two copies must not collide on a unique index (the dossier code, its request key)
  const unique = model.schema
    .indexes()
    .filter(([, indexOptions]) => indexOptions.unique === true)
    .flatMap(([fields]) => Object.keys(fields));
  const copy = (tag: string): Record<string, unknown> => {
    const copied: Record<string, unknown> = {
      ...raw,
      _id: `shape-check-${tag}-${String(raw._id)}`,
    };
    for (const field of unique) {
      if (typeof copied[field] === 'string') {
        copied[field] = `${copied[field]}-${tag}`;
      }
    }
    return copied;
  };
  const viaMongoose = copy('m');
  const direct = copy('d');
  await model.insertMany([viaMongoose]);
  await collection.insertOne(direct);
  try {
    const [readMongoose, readDirect] = await Promise.all([
      collection.findOne({ _id: viaMongoose._id } as never),
      collection.findOne({ _id: direct._id } as never),
    ]);
    return shapeDifferences(readMongoose, readDirect).map(
      (difference) => `${collection.collectionName}${difference}`,
    );
  } finally {
    await collection.deleteMany({ _id: { $in: [viaMongoose._id, direct._id] } } as never);
  }
}

export async function runPreload(context: BenchContext, set: ServiceSet): Promise<PreloadResult> {
  const { options } = context;
  const intake = context.store.useDb(set.database('intake'));
  const deadlineDb = context.store.useDb(set.database('deadline'));
  const dossiers = intake.model('DossierRecord', DossierSchema);
  const deadlines = deadlineDb.model('DeadlineRecord', DeadlineSchema);
  const facts = deadlineDb.model('OnTimeFactRecord', OnTimeFactSchema);
  // the indexes first, as the services create them at start (model.init)
  await Promise.all([dossiers.init(), deadlines.init(), facts.init()]);
  const now = Date.now();
  const sequenceBase = 500_000;
  const first = build(0, now, sequenceBase);
  const defaults = {
    dossier: schemaDefaults(dossiers, first.dossier),
    deadline: schemaDefaults(deadlines, first.deadline),
    fact: first.facts[0] ? schemaDefaults(facts, first.facts[0]) : {},
  };
  const complete = (built: Built): Built => ({
    dossier: { ...built.dossier, ...defaults.dossier },
    deadline: { ...built.deadline, ...defaults.deadline },
    facts: built.facts.map((fact) => ({ ...fact, ...defaults.fact })),
  });
  const sample = complete(first);
  const differences = [
    ...(await checkShape(dossiers, sample.dossier)),
    ...(await checkShape(deadlines, sample.deadline)),
    ...(sample.facts[0] ? await checkShape(facts, sample.facts[0]) : []),
  ];
  // documents known to match are written straight through the driver (mongoose casting of
  // millions of documents would make the benchmark, not the store, the bottleneck)
  const direct = differences.length === 0;
  if (!direct) {
    context.log(
      `preload: the documents differ from what the schemas write, so mongoose writes them: ${differences.join('; ')}`,
    );
  }
  const insert = async <T>(
    model: Model<T>,
    documents: Record<string, unknown>[],
  ): Promise<void> => {
    if (documents.length === 0) {
      return;
    }
    if (direct) {
      await model.collection.insertMany(documents, { ordered: false });
    } else {
      await model.insertMany(documents, { ordered: false });
    }
  };
  context.sampler.enter('preload');
  const started = Date.now();
  let written = 0;
  let lastLog = Date.now();
  const sampleBytes = {
    dossier: JSON.stringify(sample.dossier).length,
    deadline: JSON.stringify(sample.deadline).length,
    fact: JSON.stringify(sample.facts[0] ?? {}).length,
  };
  const heapTrend: PreloadResult['heapTrend'] = [];
  const heapAt = (dossiers: number): void => {
    const heap = storeHeap(context.storePid);
    if (!heap) {
      return;
    }
    heapTrend.push({ dossiers, usedMB: heap.usedMB, ...(heap.maxMB ? { maxMB: heap.maxMB } : {}) });
    // stop before the store runs out of heap (it exits on OutOfMemoryError) and say why
    if (heap.maxMB && heap.usedMB > HEAP_GUARD * heap.maxMB) {
      throw new Error(
        `stopped the preload at ${dossiers} dossiers: the store's live heap is ${heap.usedMB} MB of ${heap.maxMB} MB ` +
          `after a full GC (its ordered indexes live in the heap); give it more (STORE_HEAP_OPTS) or preload less`,
      );
    }
  };
  heapAt(0);
  const checkEvery = Math.max(options.preloadBatch, Math.ceil(options.preload / 10));
  let nextCheck = checkEvery;
  // two batches in flight: building the next while the store writes the last
  let inFlight: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < options.preload; start += options.preloadBatch) {
    const end = Math.min(options.preload, start + options.preloadBatch);
    const built: Built[] = [];
    for (let index = start; index < end; index += 1) {
      built.push(complete(build(index, now, sequenceBase)));
    }
    await inFlight;
    inFlight = Promise.all([
      insert(
        dossiers,
        built.map((item) => item.dossier),
      ),
      insert(
        deadlines,
        built.map((item) => item.deadline),
      ),
      insert(
        facts,
        built.flatMap((item) => item.facts),
      ),
    ]);
    written = end;
    if (written >= nextCheck) {
      await inFlight;
      nextCheck += checkEvery;
      heapAt(written);
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      const seconds = (Date.now() - started) / 1000;
      context.log(
        `preload: ${written} of ${options.preload} dossiers (${Math.round(written / seconds)}/s, with their deadlines and facts)`,
      );
    }
  }
  await inFlight;
  context.sampler.enter('idle');
  const seconds = (Date.now() - started) / 1000;
  const [dossierCount, deadlineCount, factCount] = await Promise.all([
    dossiers.estimatedDocumentCount(),
    deadlines.estimatedDocumentCount(),
    facts.estimatedDocumentCount(),
  ]);
  const result: PreloadResult = {
    dossiers: dossierCount,
    deadlines: deadlineCount,
    facts: factCount,
    seconds: Math.round(seconds),
    documentsPerSecond: Math.round((dossierCount + deadlineCount + factCount) / seconds),
    batch: options.preloadBatch,
    sampleBytes,
    writtenThrough: direct ? 'driver (shape checked against mongoose)' : 'mongoose',
    heapTrend,
    shapeDifferences: differences,
  };
  context.log(
    `preload: ${dossierCount} dossiers, ${deadlineCount} open deadlines, ${factCount} facts in ${result.seconds} s (${result.documentsPerSecond} documents/s)`,
  );
  return result;
}
