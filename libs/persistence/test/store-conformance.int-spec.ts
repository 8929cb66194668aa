import { randomUUID } from 'node:crypto';
import { mongo } from 'mongoose';

import { Principal, tenantScopeOf } from '@libs/auth';
import { isDuplicateKeyError, tenantFilter } from '@libs/persistence';
import { planStages, testInfrastructure, usesIndex } from '@libs/testing';

/*
 * Conformance of the document store the services run on: the embedded store by default, any
 * MongoDB (a replica set in production) wherever MONGO_URL points to one. Nothing here is
 * specific to one store: explain answers are read with `usesIndex`, errors by their code.
 *
 * Query shapes the services send, each with a test in "query shapes the services send"
 * (source in brackets; "tenant filter" is tenantFilter from libs/persistence):
 *   S1  findOne/findById by _id, lean; find by _id $in        [most repositories; letter findByIds,
 *                                                              returned-dossier findMany]
 *   S2  deleteOne by _id; deleteMany by _id $in                [dossier-applicant unpark,
 *                                                              survey-credential reserve/release]
 *   S3  findOne {$and: [{_id}, tenant filter]}                  [letter, dossier, queue, campaign,
 *                                                              questionnaire, box, case, opening,
 *                                                              reception, birth-registration, print-batch]
 *   S4  findOne {_id, ...tenant filter}                         [invitation findById]
 *   S5  findOne {$and: [{_id, opened: true}, tenant filter]};
 *       {$and: [{subjectId, opened: true}, tenant filter]}      [deadline findById, findBySubject]
 *   S6  findOne / countDocuments by a unique key; {$and: [{code}, tenant filter]}
 *                                                              [dossier findByCode/codeExists/findByRequestKey,
 *                                                              case findByCode, opening/reception/birth findByRequestKey]
 *   S7  exists {$or: [{sourceKey}, {requestKey}]}               [feedback-case insert]
 *   S8  findOne {kind, subjectKey} (compound unique)            [letter findBySubject]
 *   S9  updateOne {_id, version}, $set + $push, matchedCount    [letter-settings save]
 *   S10 findOneAndUpdate {_id, revision}, $set $inc $push, new  [deadline save]
 *   S11 findOneAndUpdate {_id, status, attempts}, $push $each   [letter applyChange]
 *   S12 updateOne {$and: [{_id}, {status, lastChangedAt, dueAt, reschedule: null} | {'fee.status'},
 *       {processedEvents: {$ne}}]}, $set $push $each $addToSet   [dossier update]
 *   S13 updateOne guarded by null / $in: {_id, servedAt: null}; {_id, escalation: null, status: {$in}};
 *       {_id, stage, nextCheckAt: null}; {_id, status}           [queue markServed, case escalate,
 *                                                              deadline moveNextCheck, campaign open]
 *   S14 updateOne {_id, tokenHash, usedAt: null, status, expiresAt: {$gt}}
 *                                                              [invitation recordAnswer/replaceCredentials/
 *                                                              recordReminder]
 *   S15 findOneAndUpdate {_id, reveal: {$ne: null}}, new: false  [invitation takeReveal]
 *   S16 findOneAndUpdate {_id, state, stage, dueAt: <date>, nextCheckAt: {$lte}}
 *                                                              [deadline advanceAlarm]
 *   S17 updateOne upsert {_id, ids: {$ne: id}}, $inc $push $setOnInsert ($max)
 *                                                              [queue increment]
 *   S18 updateOne upsert {_id}, $setOnInsert; updateOne {_id, counted: {$ne}}, dotted $inc
 *       $addToSet $set                                          [index-row ensureRow/applyOnce,
 *                                                              dossier-applicant]
 *   S19 findOneAndUpdate upsert {_id}, $inc, new                 [daily-sequence next, case-counter]
 *   S20 findOneAndUpdate upsert {_id}, $set $setOnInsert $push   [procedure-entry save]
 *   S21 find {$and: [{communeCode, kind, status, recipientSearch: {$regex}, createdAt: {$gte, $lt}},
 *       tenant filter]} sort {createdAt: -1, _id: 1} limit      [letter search]
 *   S22 find {$and: [{opened, state, stage, communeCode}, tenant filter]} sort {dueAt: 1} limit
 *                                                              [deadline search]
 *   S23 find {nextCheckAt: {$lte}} sort limit                   [deadline findDue]
 *   S24 findOneAndUpdate {status: {$in}, channel: {$in}, nextAttemptAt: {$ne: null, $lte},
 *       $or: [{lease: null}, {lease: {$lte}}]} sort, new        [letter claimDue]
 *   S25 find {communeCode, channel, status, approvedAt: {$lt}} sort {approvedAt: 1, _id: 1} limit
 *                                                              [letter findAwaitingPrint]
 *   S26 find {status, remindedAt: null, remindAt: {$ne: null, $lte}} sort limit;
 *       find {status, expiresAt: {$lte}} select _id limit        [invitation findDueReminders, expireDue]
 *   S27 find {$or: [{issuedCounted: false}, {answerCounted: false}]} limit
 *                                                              [invitation findUncounted]
 *   S28 find {communeCode, period: {$gte, $lte}} select _id sort _id
 *                                                              [returned-dossier]
 *   S29 findOne sort {version: -1}; find sort {version: 1}     [letter-template latest/all,
 *                                                              questionnaire latest/list]
 *   S30 findOne {communeCode, codeYear} sort {codeSequence: -1} select
 *                                                              [feedback-case highestSequence]
 *   S31 findOne {communeCode, fingerprint, openedAt: {$gte}} sort {openedAt: -1}
 *                                                              [feedback-case findRecentByFingerprint]
 *   S32 find {originId} sort {'origin.index': 1}                [feedback-case findByOrigin]
 *   S33 find {communeCode, publishedAt: {$ne: null}} select sort limit
 *                                                              [feedback-case listPublicAnswers]
 *   S34 find {$and: [{communeCode, day}, tenant filter]} sort {number: 1}
 *                                                              [queue list]
 *   S35 find {$and: [tenant filter, {day: {$gte, $lte}}, {communeCode}, {procedureKey}]}
 *       sort {day, communeCode, procedureKey}                   [queue dailyFigures]
 *   S36 find {$and: [{communeCode, month | year}, tenant filter]} select {kind, count}
 *                                                              [letter-count countsFor]
 *   S37 find {$and: [filter, tenant filter]} select '-counted'; findOne select '-counted'
 *                                                              [index-row search/forCampaign]
 *   S38 find {$and: [tenant filter, {communeCode}, {status}, {'procedure.key'},
 *       {receivedAt: {$gte}}, {receivedAt: {$lt}}]} sort {receivedAt: -1} limit
 *                                                              [dossier search]
 *   S39 find {$and: [{communeCode, kind, heldOn: {$gte, $lte}}, tenant filter]}
 *       sort {heldOn: -1, recordedAt: -1}; find {$and: [{communeCode, active}, tenant filter]}
 *       sort {communeCode: 1, name: 1} limit                   [reception search, suggestion-box search]
 *   S40 find {campaignId} sort {dossierCode: 1}; countDocuments {campaignId}; find {communeCode}
 *       sort {key: 1}                                          [invitation listForCampaign/
 *                                                              countForCampaign, procedure forCommune]
 *   S41 outbox sweep find {outboxPending: true, $or: [lease null | lease $lte]} select _id limit;
 *       claim updateMany {_id: {$in}, outboxPending, $or} $set; find {_id: {$in}, outboxLeaseOwner};
 *       release bulkWrite ordered: $pull {outbox: {id: {$in}}} + $set, then
 *       {_id, outboxPending, outbox: {$size: 0}} $set           [libs/messaging outbox-relay]
 *   S42 outbox claim findOneAndUpdate {outboxPending, $or: [...]}; updateOne {_id, 'outbox.0.id'}
 *       $pop; updateOne {_id, outbox: {$size: 0}}                [libs/messaging outbox-relay, as of
 *                                                              commit a125ab8]
 *   S43 append $push {outbox: {$each}} + $set outboxPending      [libs/messaging appendToOutbox]
 *   S44 aggregate $match {communeCode} / $unwind '$audit' / $match {'audit.at': {$gte, $lte}} /
 *       $project {audit: 1}                                      [libs/audit AuditTrailService]
 *   S45 aggregate $match {$and: [...]} / $group compound _id, $sum 1 | $sum '$field'
 *                                                              [deadline on-time-fact rows]
 *   S46 insert (create / insertOnce) refused by a unique index  [libs/persistence insertOnce and
 *                                                              every "one effect per fact" insert]
 */

/** A filter, an update, a command or a part of a document. */
type Doc = mongo.Document;
/** A stored document: the services key their documents with strings of their own. */
interface Stored extends mongo.Document {
  _id: string;
}

/**
 * `$push` and `$pull` operands. The driver's typing admits only fields that its schema type
 * declares as arrays; these collections have no declared schema.
 */
const push = (fields: Doc): mongo.PushOperator<Stored> => fields as mongo.PushOperator<Stored>;
const pull = (fields: Doc): mongo.PullOperator<Stored> => fields as mongo.PullOperator<Stored>;

const COMMUNE = '14797';
const OTHER_COMMUNE = '14800';
const PROVINCE = '38';
const OTHER_PROVINCE = '01';
const BASE = Date.parse('2026-11-28T03:00:00.000Z');
/** An instant `minutes` after the suite's reference time. */
const at = (minutes: number): Date => new Date(BASE + minutes * 60_000);

const readableBy = (principal: Principal) => tenantFilter(tenantScopeOf(principal));
const communeOfficer = readableBy({
  subject: 'officer-1',
  roles: ['officer'],
  communes: [COMMUNE],
});
const otherCommuneOfficer = readableBy({
  subject: 'officer-2',
  roles: ['officer'],
  communes: [OTHER_COMMUNE],
});
const provinceOfficer = readableBy({
  subject: 'province-1',
  roles: ['province'],
  communes: [],
  provinceCode: PROVINCE,
});

const ids = (documents: readonly Doc[]): string[] =>
  documents.map((document) => String(document._id));
const sortedIds = (documents: readonly Doc[]): string[] => ids(documents).sort();

/** The error code a write was refused with, or undefined when it was not. */
async function refusal(write: Promise<unknown>): Promise<unknown> {
  try {
    await write;
    return undefined;
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
}

describe('the document store (conformance)', () => {
  const { mongoUrl } = testInfrastructure();
  const databaseName = `conformance_${randomUUID().slice(0, 8)}`;
  let client: mongo.MongoClient;
  let db: mongo.Db;
  let collections = 0;

  beforeAll(async () => {
    client = await new mongo.MongoClient(mongoUrl, { retryWrites: false }).connect();
    db = client.db(databaseName);
  });

  afterAll(async () => {
    await db?.dropDatabase();
    await client?.close();
  });

  /** A collection of its own for each test, with the given indexes in place. */
  async function collection(
    name: string,
    indexes: { keys: mongo.IndexSpecification; unique?: boolean }[] = [],
  ): Promise<mongo.Collection<Stored>> {
    collections += 1;
    const created = await db.createCollection<Stored>(`${name}_${collections}`);
    for (const index of indexes) {
      await created.createIndex(index.keys, { unique: index.unique ?? false });
    }
    return created;
  }

  async function explainCommand(command: Doc): Promise<Doc> {
    return db.command({ explain: command, verbosity: 'queryPlanner' });
  }

  /**
   * Asserts that every named shape's plan reads through an index; a failure lists each shape
   * that does not, with the stages its plan has.
   */
  async function expectIndexed(plans: Record<string, Promise<Doc>>): Promise<void> {
    const explained = await Promise.all(
      Object.entries(plans).map(async ([shape, plan]) => [shape, await plan] as const),
    );
    const unindexed = Object.fromEntries(
      explained
        .filter(([, plan]) => !usesIndex(plan))
        .map(([shape, plan]) => [shape, planStages(plan)]),
    );
    expect(unindexed).toEqual({});
  }

  describe('isolation', () => {
    it('should create a collection once when replicas create it at the same time', async () => {
      // Replicas of a service start together and each creates its collections on a connection
      // of its own; a lost race must read as "already exists" (code 48), never as a failure.
      const replicas = await Promise.all(
        Array.from({ length: 4 }, () =>
          new mongo.MongoClient(mongoUrl, { retryWrites: false }).connect(),
        ),
      );
      try {
        const names = Array.from({ length: 40 }, () => `raced_${randomUUID().slice(0, 8)}`);
        const outcomes: unknown[] = [];
        for (const name of names) {
          outcomes.push(
            ...(await Promise.all(
              replicas.map((replica) => refusal(replica.db(databaseName).createCollection(name))),
            )),
          );
        }

        expect(outcomes.filter((code) => code !== undefined && code !== 48)).toEqual([]);
        expect(outcomes.filter((code) => code === undefined)).toHaveLength(names.length);
        const listed = (await db.listCollections({}, { nameOnly: true }).toArray())
          .map((entry) => entry.name)
          .filter((name) => names.includes(name));
        expect(listed.sort()).toEqual([...names].sort());
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
      }
    });

    it('should answer a count over an index while other connections rewrite the indexed field', async () => {
      const documents = await collection('counted', [{ keys: { g: 1 } }]);
      await documents.insertMany(
        Array.from({ length: 500 }, (_, index) => ({ _id: `d-${index}`, g: index % 10 })),
      );

      const writes = Array.from({ length: 20 }, (_, round) =>
        documents.updateMany({}, { $set: { g: round % 10 } }),
      );
      const counts = Array.from({ length: 200 }, (_, index) =>
        db.command({ count: documents.collectionName, query: { g: index % 10 } }),
      );
      const [answers] = await Promise.all([Promise.all(counts), Promise.all(writes)]);

      for (const answer of answers) {
        expect(answer).toMatchObject({ ok: 1 });
        expect(answer.n).toBeGreaterThanOrEqual(0);
        expect(answer.n).toBeLessThanOrEqual(500);
      }
    });

    it('should apply all of 50 concurrent increments of one document', async () => {
      const counters = await collection('counters');
      await counters.insertOne({ _id: 'counter', value: 0 });

      await Promise.all(
        Array.from({ length: 50 }, () =>
          counters.updateOne({ _id: 'counter' }, { $inc: { value: 1 } }),
        ),
      );

      expect(await counters.findOne({ _id: 'counter' })).toEqual({ _id: 'counter', value: 50 });
    });

    it('should let exactly one of 20 concurrent conditional updates of the same version win', async () => {
      const records = await collection('versioned');
      await records.insertOne({ _id: 'record', version: 0, writer: null });

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          records.updateOne({ _id: 'record', version: 0 }, { $set: { version: 1, writer } }),
        ),
      );

      const winners = results.filter((result) => result.modifiedCount === 1);
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => result.modifiedCount === 0)).toHaveLength(19);
      const stored = await records.findOne({ _id: 'record' });
      expect(stored?.version).toBe(1);
      expect(typeof stored?.writer).toBe('number');
    });

    it('should hand a document claimed by concurrent findOneAndUpdate calls to exactly one of them', async () => {
      const jobs = await collection('jobs');
      await jobs.insertOne({ _id: 'job', owner: null });

      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, claimant) =>
          jobs.findOneAndUpdate(
            { _id: 'job', owner: null },
            { $set: { owner: `claimant-${claimant}` } },
            { returnDocument: 'after' },
          ),
        ),
      );

      const won = claims.filter((claim) => claim !== null);
      expect(won).toHaveLength(1);
      expect(await jobs.findOne({ _id: 'job' })).toEqual(won[0]);
    });

    it('should hand an outbox document to exactly one of several concurrent lease claims', async () => {
      const aggregates = await collection('leases', [
        { keys: { outboxPending: 1, outboxLeaseUntil: 1 } },
      ]);
      await aggregates.insertOne({ _id: 'aggregate', outboxPending: true, outboxLeaseUntil: null });
      const now = at(0);

      const claims = await Promise.all(
        Array.from({ length: 10 }, () =>
          aggregates.findOneAndUpdate(
            {
              outboxPending: true,
              $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
            },
            { $set: { outboxLeaseUntil: at(1) } },
            { returnDocument: 'after' },
          ),
        ),
      );

      expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
    });

    it('should give every document of concurrent updateMany claims to exactly one claimant', async () => {
      const aggregates = await collection('batch_leases', [
        { keys: { outboxPending: 1, outboxLeaseUntil: 1 } },
      ]);
      const documentIds = Array.from({ length: 20 }, (_, index) => `aggregate-${index}`);
      await aggregates.insertMany(
        documentIds.map((id) => ({
          _id: id,
          outboxPending: true,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        })),
      );
      const now = at(0);
      const owners = Array.from({ length: 5 }, (_, index) => `owner-${index}`);

      const results = await Promise.all(
        owners.map((owner) =>
          aggregates.updateMany(
            {
              _id: { $in: documentIds },
              outboxPending: true,
              $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
            },
            { $set: { outboxLeaseUntil: at(1), outboxLeaseOwner: owner } },
          ),
        ),
      );

      const owned = await Promise.all(
        owners.map((owner) =>
          aggregates.find({ _id: { $in: documentIds }, outboxLeaseOwner: owner }).toArray(),
        ),
      );
      expect(results.reduce((sum, result) => sum + result.modifiedCount, 0)).toBe(20);
      owners.forEach((_, index) => {
        expect(owned[index]).toHaveLength(results[index]?.modifiedCount ?? -1);
      });
      expect(owned.flatMap(ids).map(String).sort()).toEqual([...documentIds].sort());
    });

    it('should create one document from concurrent upserts on a unique key; the others match it or are refused', async () => {
      const registrations = await collection('upserts', [
        { keys: { requestKey: 1 }, unique: true },
      ]);

      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, attempt) =>
          registrations.updateOne(
            { requestKey: 'request-1' },
            { $setOnInsert: { firstAttempt: attempt } },
            { upsert: true },
          ),
        ),
      );

      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          expect(isDuplicateKeyError(outcome.reason)).toBe(true);
        } else {
          expect(outcome.value.upsertedCount + outcome.value.matchedCount).toBe(1);
        }
      }
      const upserted = outcomes.filter(
        (outcome) => outcome.status === 'fulfilled' && outcome.value.upsertedCount === 1,
      );
      expect(upserted).toHaveLength(1);
      expect(await registrations.countDocuments({ requestKey: 'request-1' })).toBe(1);
    });

    it('should hand out distinct consecutive numbers from counters that concurrent upserts create', async () => {
      const sequences = await collection('sequences');
      const next = async (day: string): Promise<number> => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            const counter = await sequences.findOneAndUpdate(
              { _id: `dossier:${COMMUNE}:${day}` },
              { $inc: { value: 1 } },
              { upsert: true, returnDocument: 'after' },
            );
            return counter?.value as number;
          } catch (error) {
            // the daily-sequence repository retries the two first numbers racing to create it
            if (!isDuplicateKeyError(error) || attempt >= 3) {
              throw error;
            }
          }
        }
      };
      const days = ['2026-11-28', '2026-11-29', '2026-11-30'];

      const numbers = await Promise.all(
        days.map((day) => Promise.all(Array.from({ length: 30 }, () => next(day)))),
      );

      const consecutive = Array.from({ length: 30 }, (_, index) => index + 1);
      expect(numbers.map((handedOut) => [...handedOut].sort((a, b) => a - b))).toEqual(
        days.map(() => consecutive),
      );
      expect(await sequences.find().sort({ _id: 1 }).toArray()).toEqual(
        days.map((day) => ({ _id: `dossier:${COMMUNE}:${day}`, value: 30 })),
      );
    });
  });

  describe('unique indexes', () => {
    it('should refuse a duplicate insert with code 11000 and keep the first document unchanged (S46)', async () => {
      const dossiers = await collection('dossiers', [{ keys: { requestKey: 1 }, unique: true }]);
      await dossiers.insertOne({ _id: 'dossier-1', requestKey: 'key-1', applicant: 'An' });

      const code = await refusal(
        dossiers.insertOne({ _id: 'dossier-2', requestKey: 'key-1', applicant: 'Bình' }),
      );

      expect(code).toBe(11000);
      expect(await dossiers.find().toArray()).toEqual([
        { _id: 'dossier-1', requestKey: 'key-1', applicant: 'An' },
      ]);
    });

    it('should refuse a second document with the same _id (the one-effect-per-fact key) (S46)', async () => {
      const alarms = await collection('alarms');
      const key = `deadline-1|overdue|${at(0).toISOString()}`;
      await alarms.insertOne({ _id: key, raisedBy: 'replica-a' });

      const code = await refusal(alarms.insertOne({ _id: key, raisedBy: 'replica-b' }));

      expect(code).toBe(11000);
      expect(await alarms.find().toArray()).toEqual([{ _id: key, raisedBy: 'replica-a' }]);
    });

    it('should refuse an update that would give a document a key another one holds', async () => {
      const boxes = await collection('boxes', [
        { keys: { communeCode: 1, nameKey: 1 }, unique: true },
      ]);
      await boxes.insertMany([
        { _id: 'box-1', communeCode: COMMUNE, nameKey: 'cong-uy-ban', name: 'Cổng UBND' },
        { _id: 'box-2', communeCode: COMMUNE, nameKey: 'nha-van-hoa', name: 'Nhà văn hoá' },
      ]);

      const code = await refusal(
        boxes.updateOne(
          { _id: 'box-2' },
          { $set: { nameKey: 'cong-uy-ban', name: 'Cổng Uỷ ban' } },
        ),
      );

      expect(code).toBe(11000);
      expect(await boxes.findOne({ _id: 'box-2' })).toEqual({
        _id: 'box-2',
        communeCode: COMMUNE,
        nameKey: 'nha-van-hoa',
        name: 'Nhà văn hoá',
      });
    });

    it('should refuse only the full duplicate of a compound unique key', async () => {
      const tickets = await collection('tickets', [
        { keys: { communeCode: 1, day: 1, number: 1 }, unique: true },
      ]);
      await tickets.insertOne({ _id: 't1', communeCode: COMMUNE, day: '2026-11-28', number: 1 });

      await tickets.insertOne({
        _id: 't2',
        communeCode: OTHER_COMMUNE,
        day: '2026-11-28',
        number: 1,
      });
      await tickets.insertOne({ _id: 't3', communeCode: COMMUNE, day: '2026-11-29', number: 1 });
      await tickets.insertOne({ _id: 't4', communeCode: COMMUNE, day: '2026-11-28', number: 2 });
      const code = await refusal(
        tickets.insertOne({ _id: 't5', communeCode: COMMUNE, day: '2026-11-28', number: 1 }),
      );

      expect(code).toBe(11000);
      expect(sortedIds(await tickets.find().toArray())).toEqual(['t1', 't2', 't3', 't4']);
    });

    it('should refuse a duplicate of a compound unique key with a descending part', async () => {
      const templates = await collection('templates', [
        { keys: { communeCode: 1, kind: 1, version: -1 }, unique: true },
      ]);
      await templates.insertOne({ _id: 'v1', communeCode: COMMUNE, kind: 'apology', version: 1 });
      await templates.insertOne({ _id: 'v2', communeCode: COMMUNE, kind: 'apology', version: 2 });

      const code = await refusal(
        templates.insertOne({ _id: 'v2-again', communeCode: COMMUNE, kind: 'apology', version: 2 }),
      );

      expect(code).toBe(11000);
      expect(await templates.countDocuments({ communeCode: COMMUNE, kind: 'apology' })).toBe(2);
    });

    it('should answer every query that names a uniquely indexed field with other conditions exactly (S6)', async () => {
      const dossiers = await collection('dossier_codes', [{ keys: { code: 1 }, unique: true }]);
      await dossiers.insertMany([
        {
          _id: 'd1',
          code: 'H38.14797-261128-0001',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          status: 'received',
        },
        {
          _id: 'd2',
          code: 'H38.14800-261128-0001',
          communeCode: OTHER_COMMUNE,
          provinceCode: PROVINCE,
          status: 'processing',
        },
      ]);
      const code = 'H38.14797-261128-0001';

      expect((await dossiers.findOne({ code }))?._id).toBe('d1');
      expect(await dossiers.countDocuments({ code })).toBe(1);
      expect(await dossiers.countDocuments({ code: 'H38.14797-261128-9999' })).toBe(0);
      expect((await dossiers.findOne({ code, status: 'received' }))?._id).toBe('d1');
      expect(await dossiers.findOne({ code, status: 'processing' })).toBeNull();
      expect(await dossiers.findOne({ code, communeCode: OTHER_COMMUNE })).toBeNull();
      expect((await dossiers.findOne({ $and: [{ code }, communeOfficer] }))?._id).toBe('d1');
      expect((await dossiers.findOne({ $and: [{ code }, provinceOfficer] }))?._id).toBe('d1');
      expect(await dossiers.findOne({ $and: [{ code }, otherCommuneOfficer] })).toBeNull();
      expect(
        sortedIds(
          await dossiers
            .find({ code: { $in: [code, 'H38.14800-261128-0001'] }, status: 'processing' })
            .toArray(),
        ),
      ).toEqual(['d2']);

      await dossiers.updateOne({ code, status: 'received' }, { $set: { status: 'processing' } });
      expect(await dossiers.findOne({ code, status: 'received' })).toBeNull();
      expect((await dossiers.findOne({ code, status: 'processing' }))?._id).toBe('d1');
    });
  });

  describe('query shapes the services send', () => {
    it('S1: should find documents by _id and by a list of _ids, and nothing for unknown ones', async () => {
      const letters = await collection('letters_by_id');
      await letters.insertMany([{ _id: 'l1' }, { _id: 'l2' }, { _id: 'l3' }]);

      expect(await letters.findOne({ _id: 'l2' })).toEqual({ _id: 'l2' });
      expect(await letters.findOne({ _id: 'l9' })).toBeNull();
      expect(sortedIds(await letters.find({ _id: { $in: ['l3', 'l1', 'l9'] } }).toArray())).toEqual(
        ['l1', 'l3'],
      );
      expect(await letters.find({ _id: { $in: [] } }).toArray()).toEqual([]);
    });

    it('S2: should delete exactly the documents named by _id', async () => {
      const credentials = await collection('credentials');
      await credentials.insertMany([{ _id: 'token:a' }, { _id: 'code:a' }, { _id: 'token:b' }]);

      expect((await credentials.deleteOne({ _id: 'token:b' })).deletedCount).toBe(1);
      expect(
        (await credentials.deleteMany({ _id: { $in: ['token:a', 'code:a', 'code:z'] } }))
          .deletedCount,
      ).toBe(2);
      expect(await credentials.countDocuments({})).toBe(0);
    });

    it('S3: should read a record by _id only for callers whose tenant filter covers it', async () => {
      const records = await collection('tenant_records');
      await records.insertMany([
        { _id: 'r1', communeCode: COMMUNE, provinceCode: PROVINCE },
        { _id: 'r2', communeCode: OTHER_COMMUNE, provinceCode: OTHER_PROVINCE },
      ]);

      expect((await records.findOne({ $and: [{ _id: 'r1' }, communeOfficer] }))?._id).toBe('r1');
      expect((await records.findOne({ $and: [{ _id: 'r1' }, provinceOfficer] }))?._id).toBe('r1');
      expect(await records.findOne({ $and: [{ _id: 'r1' }, otherCommuneOfficer] })).toBeNull();
      expect(await records.findOne({ $and: [{ _id: 'r2' }, communeOfficer] })).toBeNull();
      expect(await records.findOne({ $and: [{ _id: 'r2' }, provinceOfficer] })).toBeNull();
    });

    it('S4: should read a record by _id merged with the tenant filter’s $or', async () => {
      const invitations = await collection('invitations_readable');
      await invitations.insertMany([
        { _id: 'i1', communeCode: COMMUNE, provinceCode: PROVINCE },
        { _id: 'i2', communeCode: OTHER_COMMUNE, provinceCode: OTHER_PROVINCE },
      ]);

      expect((await invitations.findOne({ _id: 'i1', ...communeOfficer }))?._id).toBe('i1');
      expect((await invitations.findOne({ _id: 'i1', ...provinceOfficer }))?._id).toBe('i1');
      expect(await invitations.findOne({ _id: 'i2', ...communeOfficer })).toBeNull();
    });

    it('S5: should read only opened deadlines by _id or by subject within the tenant filter', async () => {
      const deadlines = await collection('deadlines_readable', [{ keys: { subjectId: 1 } }]);
      await deadlines.insertMany([
        {
          _id: 'dl1',
          subjectId: 'dossier-1',
          opened: true,
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
        },
        {
          _id: 'dl2',
          subjectId: 'dossier-2',
          opened: false,
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
        },
      ]);

      expect(
        (await deadlines.findOne({ $and: [{ _id: 'dl1', opened: true }, communeOfficer] }))?._id,
      ).toBe('dl1');
      expect(
        await deadlines.findOne({ $and: [{ _id: 'dl2', opened: true }, communeOfficer] }),
      ).toBeNull();
      expect(
        (
          await deadlines.findOne({
            $and: [{ subjectId: 'dossier-1', opened: true }, provinceOfficer],
          })
        )?._id,
      ).toBe('dl1');
      expect(
        await deadlines.findOne({
          $and: [{ subjectId: 'dossier-1', opened: true }, otherCommuneOfficer],
        }),
      ).toBeNull();
      expect(
        await deadlines.findOne({
          $and: [{ subjectId: 'dossier-2', opened: true }, communeOfficer],
        }),
      ).toBeNull();
    });

    it('S7: should tell whether a case holds either of two unique keys', async () => {
      const cases = await collection('case_keys', [
        { keys: { sourceKey: 1 }, unique: true },
        { keys: { requestKey: 1 }, unique: true },
      ]);
      await cases.insertOne({ _id: 'case-1', sourceKey: 'source-1', requestKey: 'request-1' });
      const exists = (sourceKey: string, requestKey: string) =>
        cases.findOne({ $or: [{ sourceKey }, { requestKey }] }, { projection: { _id: 1 } });

      expect(await exists('source-1', 'request-x')).toEqual({ _id: 'case-1' });
      expect(await exists('source-x', 'request-1')).toEqual({ _id: 'case-1' });
      expect(await exists('source-x', 'request-x')).toBeNull();
    });

    it('S8: should find a letter by its compound unique key only when both parts match', async () => {
      const letters = await collection('letters_subject', [
        { keys: { kind: 1, subjectKey: 1 }, unique: true },
      ]);
      await letters.insertMany([
        { _id: 'l1', kind: 'receipt', subjectKey: 'dossier-1' },
        { _id: 'l2', kind: 'apology', subjectKey: 'dossier-1' },
      ]);

      expect((await letters.findOne({ kind: 'apology', subjectKey: 'dossier-1' }))?._id).toBe('l2');
      expect(await letters.findOne({ kind: 'result', subjectKey: 'dossier-1' })).toBeNull();
    });

    it('S9: should save settings over the version read, and report a stale save as unmatched', async () => {
      const settings = await collection('settings');
      await settings.insertOne({ _id: COMMUNE, version: 1, signer: 'chairman', audit: [] });

      const saved = await settings.updateOne(
        { _id: COMMUNE, version: 1 },
        {
          $set: { version: 2, signer: 'vice-chairman' },
          $push: push({ audit: { action: 'saved' } }),
        },
      );
      const stale = await settings.updateOne(
        { _id: COMMUNE, version: 1 },
        { $set: { version: 2, signer: 'other' }, $push: push({ audit: { action: 'lost' } }) },
      );

      expect(saved.matchedCount).toBe(1);
      expect(stale.matchedCount).toBe(0);
      expect(await settings.findOne({ _id: COMMUNE })).toEqual({
        _id: COMMUNE,
        version: 2,
        signer: 'vice-chairman',
        audit: [{ action: 'saved' }],
      });
    });

    it('S10: should return the document after a revision-guarded update, and null over a stale revision', async () => {
      const deadlines = await collection('deadlines_revision');
      await deadlines.insertOne({ _id: 'dl1', revision: 0, state: 'open', audit: [] });

      const after = await deadlines.findOneAndUpdate(
        { _id: 'dl1', revision: 0 },
        {
          $set: { state: 'closed' },
          $inc: { revision: 1 },
          $push: push({ audit: { action: 'closed' } }),
        },
        { returnDocument: 'after' },
      );
      const stale = await deadlines.findOneAndUpdate(
        { _id: 'dl1', revision: 0 },
        { $set: { state: 'open' }, $inc: { revision: 1 } },
        { returnDocument: 'after' },
      );

      expect(after).toEqual({
        _id: 'dl1',
        revision: 1,
        state: 'closed',
        audit: [{ action: 'closed' }],
      });
      expect(stale).toBeNull();
    });

    it('S11: should append several events and entries in order in one guarded update', async () => {
      const letters = await collection('letters_change');
      await letters.insertOne({
        _id: 'l1',
        status: 'approved',
        attempts: 0,
        outbox: [{ id: 'e0' }],
        outboxPending: true,
        audit: [],
        resends: [],
      });

      const after = await letters.findOneAndUpdate(
        { _id: 'l1', status: 'approved', attempts: 0 },
        {
          $set: { status: 'sent', attempts: 1, outboxPending: true },
          $push: push({
            outbox: { $each: [{ id: 'e1' }, { id: 'e2' }] },
            audit: { action: 'sent' },
            resends: { channel: 'email' },
          }),
        },
        { returnDocument: 'after' },
      );
      const again = await letters.findOneAndUpdate(
        { _id: 'l1', status: 'approved', attempts: 0 },
        { $set: { status: 'failed' } },
        { returnDocument: 'after' },
      );

      expect(after?.outbox).toEqual([{ id: 'e0' }, { id: 'e1' }, { id: 'e2' }]);
      expect(after?.audit).toEqual([{ action: 'sent' }]);
      expect(after?.resends).toEqual([{ channel: 'email' }]);
      expect(after?.status).toBe('sent');
      expect(again).toBeNull();
    });

    it('S12: should apply a dossier change once per event, guarded by the state it was computed from', async () => {
      const dossiers = await collection('dossiers_change');
      const lastChangedAt = at(0);
      const dueAt = at(60 * 24);
      await dossiers.insertOne({
        _id: 'd1',
        status: 'processing',
        lastChangedAt,
        dueAt,
        reschedule: null,
        fee: { status: 'unpaid' },
        processedEvents: [],
        outbox: [],
        audit: [],
      });
      const reschedule = (eventId: string) =>
        dossiers.updateOne(
          {
            $and: [
              { _id: 'd1' },
              { reschedule: null, status: 'processing', dueAt },
              { processedEvents: { $ne: eventId } },
            ],
          },
          {
            $set: { dueAt: at(2 * 60 * 24), reschedule: { reason: 'thiếu giấy tờ' } },
            $push: push({ audit: { action: 'rescheduled' }, outbox: { $each: [{ id: 'e1' }] } }),
            $addToSet: { processedEvents: eventId },
          },
        );

      expect((await reschedule('event-1')).modifiedCount).toBe(1);
      expect((await reschedule('event-1')).modifiedCount).toBe(0);
      const changed = await dossiers.updateOne(
        { $and: [{ _id: 'd1' }, { status: 'processing', lastChangedAt, dueAt }] },
        { $set: { status: 'returned' } },
      );
      const paid = await dossiers.updateOne(
        { $and: [{ _id: 'd1' }, { 'fee.status': 'unpaid' }] },
        { $set: { fee: { status: 'paid' } }, $push: push({ audit: { action: 'paid' } }) },
      );
      const paidTwice = await dossiers.updateOne(
        { $and: [{ _id: 'd1' }, { 'fee.status': 'unpaid' }] },
        { $set: { fee: { status: 'paid' } }, $push: push({ audit: { action: 'paid' } }) },
      );

      expect(changed.modifiedCount).toBe(0); // the reschedule moved dueAt
      expect(paid.modifiedCount).toBe(1);
      expect(paidTwice.modifiedCount).toBe(0);
      const stored = await dossiers.findOne({ _id: 'd1' });
      expect(stored?.processedEvents).toEqual(['event-1']);
      expect(stored?.audit).toEqual([{ action: 'rescheduled' }, { action: 'paid' }]);
      expect(stored?.outbox).toEqual([{ id: 'e1' }]);
      expect(stored?.dueAt).toEqual(at(2 * 60 * 24));
    });

    it('S13: should apply updates guarded by a null field or a status list once', async () => {
      const records = await collection('null_guards');
      await records.insertMany([
        { _id: 'ticket', servedAt: null },
        { _id: 'case', escalation: null, status: 'in-progress', revision: 3 },
        { _id: 'deadline-null', stage: 'none', nextCheckAt: null },
        { _id: 'deadline-missing', stage: 'none' },
        { _id: 'campaign', status: 'sampling' },
      ]);

      const served = () =>
        records.updateOne({ _id: 'ticket', servedAt: null }, { $set: { servedAt: at(5) } });
      const escalate = () =>
        records.updateOne(
          { _id: 'case', escalation: null, status: { $in: ['received', 'in-progress'] } },
          { $set: { escalation: { to: 'leader' } }, $inc: { revision: 1 } },
        );
      const move = (id: string) =>
        records.updateOne(
          { _id: id, stage: 'none', nextCheckAt: null },
          { $set: { nextCheckAt: at(10) } },
        );
      const open = () =>
        records.updateOne({ _id: 'campaign', status: 'sampling' }, { $set: { status: 'open' } });

      expect([
        (await served()).modifiedCount,
        (await served()).modifiedCount,
        (await escalate()).modifiedCount,
        (await escalate()).modifiedCount,
        (await move('deadline-null')).modifiedCount,
        (await move('deadline-null')).modifiedCount,
        (await move('deadline-missing')).modifiedCount, // null equality matches a missing field
        (await open()).modifiedCount,
        (await open()).modifiedCount,
      ]).toEqual([1, 0, 1, 0, 1, 0, 1, 1, 0]);
      expect((await records.findOne({ _id: 'case' }))?.revision).toBe(4);
    });

    it('S14: should accept an answer once, only with the right credential, before expiry', async () => {
      const invitations = await collection('invitations_answer');
      await invitations.insertMany([
        { _id: 'i1', tokenHash: 'hash-1', usedAt: null, status: 'open', expiresAt: at(60) },
        { _id: 'i2', tokenHash: 'hash-2', usedAt: null, status: 'open', expiresAt: at(-1) },
      ]);
      const answer = (id: string, tokenHash: string, answeredAt: Date) =>
        invitations.updateOne(
          { _id: id, tokenHash, usedAt: null, status: 'open', expiresAt: { $gt: answeredAt } },
          { $set: { usedAt: answeredAt, status: 'answered' } },
        );

      expect((await answer('i1', 'hash-wrong', at(0))).modifiedCount).toBe(0);
      expect((await answer('i1', 'hash-1', at(0))).modifiedCount).toBe(1);
      expect((await answer('i1', 'hash-1', at(1))).modifiedCount).toBe(0);
      expect((await answer('i2', 'hash-2', at(0))).modifiedCount).toBe(0);
      expect((await answer('i1', 'hash-1', at(60))).modifiedCount).toBe(0); // $gt, not $gte
    });

    it('S15: should return the document as it was before taking a one-time reveal, then null', async () => {
      const invitations = await collection('invitations_reveal');
      await invitations.insertOne({
        _id: 'i1',
        reveal: { token: 't', code: 'c' },
        revealedAt: null,
      });
      const take = () =>
        invitations.findOneAndUpdate(
          { _id: 'i1', reveal: { $ne: null } },
          { $set: { reveal: null, revealedAt: at(0) } },
          { returnDocument: 'before' },
        );

      expect(await take()).toEqual({
        _id: 'i1',
        reveal: { token: 't', code: 'c' },
        revealedAt: null,
      });
      expect(await take()).toBeNull();
      expect(await invitations.findOne({ _id: 'i1' })).toEqual({
        _id: 'i1',
        reveal: null,
        revealedAt: at(0),
      });
    });

    it('S16: should advance an alarm only from the exact due instant and stage it was raised for', async () => {
      const deadlines = await collection('deadlines_alarm', [{ keys: { nextCheckAt: 1 } }]);
      const dueAt = new Date('2026-12-03T10:00:00.000Z');
      await deadlines.insertOne({
        _id: 'dl1',
        state: 'open',
        stage: 'none',
        dueAt,
        nextCheckAt: at(0),
        revision: 0,
      });
      const advance = (expectedDueAt: Date, now: Date) =>
        deadlines.findOneAndUpdate(
          {
            _id: 'dl1',
            state: 'open',
            stage: 'none',
            dueAt: expectedDueAt,
            nextCheckAt: { $lte: now },
          },
          { $set: { stage: 'due-soon-sent', nextCheckAt: dueAt }, $inc: { revision: 1 } },
          { returnDocument: 'after' },
        );

      expect(await advance(new Date(dueAt.getTime() + 1), at(1))).toBeNull();
      expect(await advance(dueAt, at(-1))).toBeNull();
      expect(await advance(dueAt, at(0))).toEqual(
        expect.objectContaining({ stage: 'due-soon-sent', revision: 1, nextCheckAt: dueAt }),
      );
      expect(await advance(dueAt, at(1))).toBeNull();
    });

    it('S17: should count each letter once in a counter that the first count creates', async () => {
      const counts = await collection('letter_counts');
      const countOnce = (letterId: string) =>
        counts.updateOne(
          { _id: `${COMMUNE}|receipt|2026-11`, letterIds: { $ne: letterId } },
          {
            $inc: { count: 1 },
            $push: push({ letterIds: letterId }),
            $setOnInsert: { communeCode: COMMUNE, kind: 'receipt', month: '2026-11', year: '2026' },
          },
          { upsert: true },
        );

      const first = await countOnce('letter-1');
      const repeated = await refusal(countOnce('letter-1'));
      const second = await countOnce('letter-2');

      expect(first.upsertedCount).toBe(1);
      expect(repeated).toBe(11000); // the counter holds the letter: the upsert's insert collides
      expect(second.modifiedCount).toBe(1);
      expect(await counts.findOne({ _id: `${COMMUNE}|receipt|2026-11` })).toEqual({
        _id: `${COMMUNE}|receipt|2026-11`,
        count: 2,
        letterIds: ['letter-1', 'letter-2'],
        communeCode: COMMUNE,
        kind: 'receipt',
        month: '2026-11',
        year: '2026',
      });
    });

    it('S17: should keep the daily queue figures with $inc and $max, once per ticket', async () => {
      const figures = await collection('queue_figures');
      const id = `${COMMUNE}:2026-11-28:birth`;
      const countServed = (ticketId: string, wait: number) =>
        figures.updateOne(
          { _id: id, servedTickets: { $ne: ticketId } },
          {
            $inc: { served: 1, waitSecondsTotal: wait },
            $max: { maxWaitSeconds: wait },
            $push: push({ servedTickets: ticketId }),
            $setOnInsert: { communeCode: COMMUNE, day: '2026-11-28', procedureKey: 'birth' },
          },
          { upsert: true },
        );

      await countServed('t1', 300);
      await countServed('t2', 900);
      await countServed('t3', 120);
      expect(await refusal(countServed('t2', 900))).toBe(11000);

      expect(await figures.findOne({ _id: id })).toEqual({
        _id: id,
        served: 3,
        waitSecondsTotal: 1320,
        maxWaitSeconds: 900,
        servedTickets: ['t1', 't2', 't3'],
        communeCode: COMMUNE,
        day: '2026-11-28',
        procedureKey: 'birth',
      });
    });

    it('S18: should create a row once and add nested counters once per fact', async () => {
      const rows = await collection('index_rows');
      const ensure = (dimension: string) =>
        rows.updateOne(
          { _id: 'row-1' },
          { $setOnInsert: { scope: 'result', communeCode: COMMUNE, dimension } },
          { upsert: true },
        );
      const apply = (fact: string, increments: Record<string, number>) =>
        rows.updateOne(
          { _id: 'row-1', counted: { $ne: fact } },
          { $inc: increments, $addToSet: { counted: fact }, $set: { updatedAt: at(1) } },
        );

      expect((await ensure('commune')).upsertedCount).toBe(1);
      expect((await ensure('procedure')).matchedCount).toBe(1);
      const increments = {
        answers: 1,
        'overall.r5': 1,
        'sipas.access.sum': 4,
        'sipas.access.count': 1,
      };
      expect((await apply('answered:i1', increments)).modifiedCount).toBe(1);
      expect((await apply('answered:i1', increments)).modifiedCount).toBe(0);
      expect(
        (await apply('answered:i2', { answers: 1, 'sipas.access.sum': 2, 'sipas.access.count': 1 }))
          .modifiedCount,
      ).toBe(1);

      expect(await rows.findOne({ _id: 'row-1' })).toEqual({
        _id: 'row-1',
        scope: 'result',
        communeCode: COMMUNE,
        dimension: 'commune',
        answers: 2,
        overall: { r5: 1 },
        sipas: { access: { sum: 6, count: 2 } },
        counted: ['answered:i1', 'answered:i2'],
        updatedAt: at(1),
      });
    });

    it('S19: should number from a counter that the first call creates', async () => {
      const counters = await collection('case_counters');
      const next = () =>
        counters.findOneAndUpdate(
          { _id: `${COMMUNE}:2026` },
          { $inc: { sequence: 1 } },
          { upsert: true, returnDocument: 'after' },
        );

      expect(await next()).toEqual({ _id: `${COMMUNE}:2026`, sequence: 1 });
      expect(await next()).toEqual({ _id: `${COMMUNE}:2026`, sequence: 2 });
    });

    it('S20: should insert a definition on first save and update it after, keeping the insert-only fields', async () => {
      const procedures = await collection('procedures');
      const save = (name: string, communeCode: string) =>
        procedures.findOneAndUpdate(
          { _id: `${COMMUNE}:birth` },
          {
            $set: { name, active: true },
            $setOnInsert: { communeCode, key: 'birth' },
            $push: push({ audit: { action: name } }),
          },
          { upsert: true, returnDocument: 'after' },
        );

      expect(await save('Đăng ký khai sinh', COMMUNE)).toEqual({
        _id: `${COMMUNE}:birth`,
        name: 'Đăng ký khai sinh',
        active: true,
        communeCode: COMMUNE,
        key: 'birth',
        audit: [{ action: 'Đăng ký khai sinh' }],
      });
      expect(await save('Đăng ký khai sinh (mới)', OTHER_COMMUNE)).toEqual({
        _id: `${COMMUNE}:birth`,
        name: 'Đăng ký khai sinh (mới)',
        active: true,
        communeCode: COMMUNE,
        key: 'birth',
        audit: [{ action: 'Đăng ký khai sinh' }, { action: 'Đăng ký khai sinh (mới)' }],
      });
    });

    it('S21: should list letters newest first with ties by _id, filtered by text, range and tenant', async () => {
      const letters = await collection('letters_search', [
        { keys: { communeCode: 1, kind: 1, createdAt: -1 } },
        { keys: { communeCode: 1, status: 1, createdAt: -1 } },
      ]);
      const letter = (id: string, minutes: number, extra: Doc = {}) => ({
        _id: id,
        communeCode: COMMUNE,
        provinceCode: PROVINCE,
        kind: 'receipt',
        status: 'approved',
        recipientSearch: 'nguyen van an',
        createdAt: at(minutes),
        ...extra,
      });
      await letters.insertMany([
        letter('l1', 0),
        letter('l2', 10),
        letter('l3', 10),
        letter('l4', 20),
        letter('l5', 30),
        letter('l6', 15, { recipientSearch: 'tran thi binh' }),
        letter('l7', 15, { kind: 'apology' }),
        letter('l8', 15, { status: 'sent' }),
        letter('l9', 15, { communeCode: OTHER_COMMUNE, provinceCode: OTHER_PROVINCE }),
      ]);
      const search = (scopeFilter: Doc, limit: number) =>
        letters
          .find({
            $and: [
              {
                communeCode: COMMUNE,
                kind: 'receipt',
                status: 'approved',
                recipientSearch: { $regex: 'van an' },
                createdAt: { $gte: at(10), $lt: at(30) },
              },
              scopeFilter,
            ],
          })
          .sort({ createdAt: -1, _id: 1 })
          .limit(limit)
          .toArray();

      expect(ids(await search(communeOfficer, 10))).toEqual(['l4', 'l2', 'l3']);
      expect(ids(await search(provinceOfficer, 2))).toEqual(['l4', 'l2']);
      expect(await search(otherCommuneOfficer, 10)).toEqual([]);
    });

    it('S22: should list a tenant’s open deadlines of one view soonest first', async () => {
      const deadlines = await collection('deadlines_search', [
        { keys: { communeCode: 1, state: 1, stage: 1, dueAt: 1 } },
      ]);
      const deadline = (id: string, dueMinutes: number, extra: Doc = {}) => ({
        _id: id,
        opened: true,
        state: 'open',
        stage: 'due-soon-sent',
        communeCode: COMMUNE,
        provinceCode: PROVINCE,
        dueAt: at(dueMinutes),
        ...extra,
      });
      await deadlines.insertMany([
        deadline('dl1', 30),
        deadline('dl2', 10),
        deadline('dl3', 20),
        deadline('dl4', 5, { opened: false }),
        deadline('dl5', 5, { stage: 'overdue-sent' }),
        deadline('dl6', 5, { state: 'closed' }),
        deadline('dl7', 5, { communeCode: OTHER_COMMUNE, provinceCode: OTHER_PROVINCE }),
      ]);

      const found = await deadlines
        .find({
          $and: [
            { opened: true, state: 'open', stage: 'due-soon-sent', communeCode: COMMUNE },
            communeOfficer,
          ],
        })
        .sort({ dueAt: 1 })
        .limit(2)
        .toArray();

      expect(ids(found)).toEqual(['dl2', 'dl3']);
    });

    it('S23: should find the deadlines whose check has come, earliest first, never those without one', async () => {
      const deadlines = await collection('deadlines_due', [{ keys: { nextCheckAt: 1 } }]);
      await deadlines.insertMany([
        { _id: 'later', nextCheckAt: at(10) },
        { _id: 'now', nextCheckAt: at(0) },
        { _id: 'earlier', nextCheckAt: at(-30) },
        { _id: 'earliest', nextCheckAt: at(-60) },
        { _id: 'none', nextCheckAt: null },
        { _id: 'missing' },
      ]);

      const due = (limit: number) =>
        deadlines
          .find({ nextCheckAt: { $lte: at(0) } })
          .sort({ nextCheckAt: 1 })
          .limit(limit)
          .toArray();

      expect(ids(await due(10))).toEqual(['earliest', 'earlier', 'now']);
      expect(ids(await due(2))).toEqual(['earliest', 'earlier']);
    });

    it('S24: should claim due e-mail and SMS letters one at a time, earliest first, skipping leased ones', async () => {
      const letters = await collection('letters_delivery', [
        { keys: { status: 1, channel: 1, nextAttemptAt: 1 } },
      ]);
      const letter = (id: string, extra: Doc) => ({
        _id: id,
        status: 'approved',
        channel: 'email',
        nextAttemptAt: at(-10),
        deliveryLeaseUntil: null,
        ...extra,
      });
      await letters.insertMany([
        letter('second', { nextAttemptAt: at(-5), channel: 'sms' }),
        letter('first', { nextAttemptAt: at(-20), status: 'failed' }),
        letter('leased', { nextAttemptAt: at(-30), deliveryLeaseUntil: at(5) }),
        letter('lease-expired', { nextAttemptAt: at(-1), deliveryLeaseUntil: at(-1) }),
        letter('not-yet', { nextAttemptAt: at(30) }),
        letter('no-attempt', { nextAttemptAt: null }),
        letter('print', { channel: 'print', nextAttemptAt: at(-40) }),
        letter('sent', { status: 'sent', nextAttemptAt: at(-40) }),
      ]);
      const now = at(0);
      const claim = () =>
        letters.findOneAndUpdate(
          {
            status: { $in: ['approved', 'failed'] },
            channel: { $in: ['email', 'sms'] },
            nextAttemptAt: { $ne: null, $lte: now },
            $or: [{ deliveryLeaseUntil: null }, { deliveryLeaseUntil: { $lte: now } }],
          },
          { $set: { deliveryLeaseUntil: at(2) } },
          { returnDocument: 'after', sort: { nextAttemptAt: 1 } },
        );

      const claimed = [await claim(), await claim(), await claim(), await claim()];

      expect(claimed.map((letter) => letter?._id ?? null)).toEqual([
        'first',
        'second',
        'lease-expired',
        null,
      ]);
      expect(claimed[0]?.deliveryLeaseUntil).toEqual(at(2));
    });

    it('S25: should list a commune’s approved paper letters ready before an instant, oldest first', async () => {
      const letters = await collection('letters_print', [
        { keys: { communeCode: 1, channel: 1, status: 1, approvedAt: 1 } },
      ]);
      const letter = (id: string, minutes: number, extra: Doc = {}) => ({
        _id: id,
        communeCode: COMMUNE,
        channel: 'print',
        status: 'approved',
        approvedAt: at(minutes),
        ...extra,
      });
      await letters.insertMany([
        letter('b', 10),
        letter('a', 10),
        letter('c', 5),
        letter('ready-at-limit', 20),
        letter('email', 1, { channel: 'email' }),
        letter('printed', 1, { status: 'printed' }),
        letter('elsewhere', 1, { communeCode: OTHER_COMMUNE }),
      ]);

      const found = await letters
        .find({
          communeCode: COMMUNE,
          channel: 'print',
          status: 'approved',
          approvedAt: { $lt: at(20) },
        })
        .sort({ approvedAt: 1, _id: 1 })
        .limit(10)
        .toArray();

      expect(ids(found)).toEqual(['c', 'a', 'b']);
    });

    it('S26: should find due reminders soonest first and due expiries by _id only', async () => {
      const invitations = await collection('invitations_due', [
        { keys: { status: 1, remindAt: 1 } },
        { keys: { status: 1, expiresAt: 1 } },
      ]);
      await invitations.insertMany([
        { _id: 'remind-2', status: 'open', remindedAt: null, remindAt: at(-5), expiresAt: at(60) },
        { _id: 'remind-1', status: 'open', remindedAt: null, remindAt: at(-10), expiresAt: at(-1) },
        {
          _id: 'reminded',
          status: 'open',
          remindedAt: at(-2),
          remindAt: at(-20),
          expiresAt: at(60),
        },
        { _id: 'no-reminder', status: 'open', remindedAt: null, remindAt: null, expiresAt: at(-3) },
        {
          _id: 'answered',
          status: 'answered',
          remindedAt: null,
          remindAt: at(-30),
          expiresAt: at(-30),
        },
        { _id: 'future', status: 'open', remindedAt: null, remindAt: at(5), expiresAt: at(0) },
      ]);
      const now = at(0);

      const reminders = await invitations
        .find({ status: 'open', remindedAt: null, remindAt: { $ne: null, $lte: now } })
        .sort({ remindAt: 1 })
        .limit(10)
        .toArray();
      const expiries = await invitations
        .find({ status: 'open', expiresAt: { $lte: now } })
        .project({ _id: 1 })
        .limit(10)
        .toArray();

      expect(ids(reminders)).toEqual(['remind-1', 'remind-2']);
      expect(expiries.sort((a, b) => String(a._id).localeCompare(String(b._id)))).toEqual([
        { _id: 'future' },
        { _id: 'no-reminder' },
        { _id: 'remind-1' },
      ]);
    });

    it('S27: should find invitations with either count missing', async () => {
      const invitations = await collection('invitations_uncounted', [
        { keys: { issuedCounted: 1 } },
        { keys: { answerCounted: 1 } },
      ]);
      await invitations.insertMany([
        { _id: 'both', issuedCounted: true, answerCounted: true },
        { _id: 'issue', issuedCounted: false, answerCounted: true },
        { _id: 'answer', issuedCounted: true, answerCounted: false },
        { _id: 'neither', issuedCounted: false, answerCounted: false },
      ]);

      const found = await invitations
        .find({ $or: [{ issuedCounted: false }, { answerCounted: false }] })
        .limit(10)
        .toArray();

      expect(sortedIds(found)).toEqual(['answer', 'issue', 'neither']);
    });

    it('S28: should list the ids of a commune’s returned dossiers in a period range, in _id order', async () => {
      const returned = await collection('returned', [
        { keys: { communeCode: 1, period: 1, _id: 1 } },
      ]);
      await returned.insertMany([
        { _id: 'd3', communeCode: COMMUNE, period: '2026-10' },
        { _id: 'd1', communeCode: COMMUNE, period: '2026-11' },
        { _id: 'd2', communeCode: COMMUNE, period: '2026-09' },
        { _id: 'd4', communeCode: COMMUNE, period: '2026-12' },
        { _id: 'd0', communeCode: OTHER_COMMUNE, period: '2026-10' },
      ]);

      const found = await returned
        .find({ communeCode: COMMUNE, period: { $gte: '2026-10', $lte: '2026-11' } })
        .project({ _id: 1 })
        .sort({ _id: 1 })
        .toArray();

      expect(found).toEqual([{ _id: 'd1' }, { _id: 'd3' }]);
    });

    it('S29: should pick the latest version and list all versions in order', async () => {
      const templates = await collection('templates_versions', [
        { keys: { communeCode: 1, kind: 1, version: -1 }, unique: true },
      ]);
      await templates.insertMany([
        { _id: 'v2', communeCode: COMMUNE, kind: 'apology', version: 2 },
        { _id: 'v10', communeCode: COMMUNE, kind: 'apology', version: 10 },
        { _id: 'v1', communeCode: COMMUNE, kind: 'apology', version: 1 },
        { _id: 'other-kind', communeCode: COMMUNE, kind: 'receipt', version: 99 },
      ]);

      const latest = await templates.findOne(
        { communeCode: COMMUNE, kind: 'apology' },
        { sort: { version: -1 } },
      );
      const all = await templates
        .find({ communeCode: COMMUNE, kind: 'apology' })
        .sort({ version: 1 })
        .toArray();

      expect(latest?._id).toBe('v10');
      expect(ids(all)).toEqual(['v1', 'v2', 'v10']);
    });

    it('S30: should read the highest case number of a commune’s year, and only that field', async () => {
      const cases = await collection('cases_sequence', [
        { keys: { communeCode: 1, codeYear: 1, codeSequence: -1 } },
      ]);
      await cases.insertMany([
        { _id: 'c1', communeCode: COMMUNE, codeYear: 2026, codeSequence: 7, content: 'x' },
        { _id: 'c2', communeCode: COMMUNE, codeYear: 2026, codeSequence: 12, content: 'y' },
        { _id: 'c3', communeCode: COMMUNE, codeYear: 2025, codeSequence: 40, content: 'z' },
      ]);

      const highest = await cases.findOne(
        { communeCode: COMMUNE, codeYear: 2026 },
        { sort: { codeSequence: -1 }, projection: { codeSequence: 1 } },
      );
      const none = await cases.findOne(
        { communeCode: COMMUNE, codeYear: 2027 },
        { sort: { codeSequence: -1 }, projection: { codeSequence: 1 } },
      );

      expect(highest).toEqual({ _id: 'c2', codeSequence: 12 });
      expect(none).toBeNull();
    });

    it('S31: should find the most recent case with the same fingerprint since an instant', async () => {
      const cases = await collection('cases_fingerprint', [
        { keys: { communeCode: 1, fingerprint: 1, openedAt: -1 } },
      ]);
      await cases.insertMany([
        { _id: 'old', communeCode: COMMUNE, fingerprint: 'f', openedAt: at(-120) },
        { _id: 'recent', communeCode: COMMUNE, fingerprint: 'f', openedAt: at(-10) },
        { _id: 'middle', communeCode: COMMUNE, fingerprint: 'f', openedAt: at(-30) },
        { _id: 'other', communeCode: COMMUNE, fingerprint: 'g', openedAt: at(-1) },
      ]);

      const found = await cases.findOne(
        { communeCode: COMMUNE, fingerprint: 'f', openedAt: { $gte: at(-60) } },
        { sort: { openedAt: -1 } },
      );
      const none = await cases.findOne(
        { communeCode: COMMUNE, fingerprint: 'f', openedAt: { $gte: at(-5) } },
        { sort: { openedAt: -1 } },
      );

      expect(found?._id).toBe('recent');
      expect(none).toBeNull();
    });

    it('S32: should sort by a field of a subdocument', async () => {
      const cases = await collection('cases_origin', [{ keys: { originId: 1 } }]);
      await cases.insertMany([
        { _id: 'c3', originId: 'opening-1', origin: { kind: 'box', index: 3 } },
        { _id: 'c1', originId: 'opening-1', origin: { kind: 'box', index: 1 } },
        { _id: 'c2', originId: 'opening-1', origin: { kind: 'box', index: 2 } },
        { _id: 'c0', originId: 'opening-2', origin: { kind: 'box', index: 0 } },
      ]);

      const found = await cases
        .find({ originId: 'opening-1' })
        .sort({ 'origin.index': 1 })
        .toArray();

      expect(ids(found)).toEqual(['c1', 'c2', 'c3']);
    });

    it('S33: should list published answers newest first with only the selected fields', async () => {
      const cases = await collection('cases_public');
      await cases.insertMany([
        {
          _id: 'c1',
          communeCode: COMMUNE,
          code: 'A',
          kind: 'question',
          publishedAt: at(1),
          publicAnswer: { answer: 'a' },
          contact: 'secret',
        },
        {
          _id: 'c2',
          communeCode: COMMUNE,
          code: 'B',
          kind: 'question',
          publishedAt: at(3),
          publicAnswer: { answer: 'b' },
          contact: 'secret',
        },
        {
          _id: 'c3',
          communeCode: COMMUNE,
          code: 'C',
          kind: 'question',
          publishedAt: null,
          publicAnswer: null,
        },
        { _id: 'c4', communeCode: COMMUNE, code: 'D', kind: 'question' },
        {
          _id: 'c5',
          communeCode: OTHER_COMMUNE,
          code: 'E',
          kind: 'question',
          publishedAt: at(2),
          publicAnswer: { answer: 'e' },
        },
      ]);

      const found = await cases
        .find({ communeCode: COMMUNE, publishedAt: { $ne: null } })
        .project({ code: 1, kind: 1, publicAnswer: 1 })
        .sort({ publishedAt: -1 })
        .limit(10)
        .toArray();

      expect(found).toEqual([
        { _id: 'c2', code: 'B', kind: 'question', publicAnswer: { answer: 'b' } },
        { _id: 'c1', code: 'A', kind: 'question', publicAnswer: { answer: 'a' } },
      ]);
    });

    it('S34: should list a commune’s tickets of one day in number order within the tenant filter', async () => {
      const tickets = await collection('tickets_list', [
        { keys: { communeCode: 1, day: 1, number: 1 }, unique: true },
      ]);
      await tickets.insertMany([
        { _id: 't3', communeCode: COMMUNE, provinceCode: PROVINCE, day: '2026-11-28', number: 3 },
        { _id: 't1', communeCode: COMMUNE, provinceCode: PROVINCE, day: '2026-11-28', number: 1 },
        { _id: 't2', communeCode: COMMUNE, provinceCode: PROVINCE, day: '2026-11-28', number: 2 },
        { _id: 'y1', communeCode: COMMUNE, provinceCode: PROVINCE, day: '2026-11-27', number: 1 },
      ]);
      const list = (scopeFilter: Doc) =>
        tickets
          .find({ $and: [{ communeCode: COMMUNE, day: '2026-11-28' }, scopeFilter] })
          .sort({ number: 1 })
          .toArray();

      expect(ids(await list(communeOfficer))).toEqual(['t1', 't2', 't3']);
      expect(await list(otherCommuneOfficer)).toEqual([]);
    });

    it('S35: should list daily figures in a day range sorted by day, commune and procedure', async () => {
      const figures = await collection('figures_range', [
        { keys: { communeCode: 1, day: 1 } },
        { keys: { provinceCode: 1, day: 1 } },
      ]);
      const figure = (communeCode: string, day: string, procedureKey: string) => ({
        _id: `${communeCode}:${day}:${procedureKey}`,
        communeCode,
        provinceCode: PROVINCE,
        day,
        procedureKey,
      });
      await figures.insertMany([
        figure(OTHER_COMMUNE, '2026-11-02', 'birth'),
        figure(COMMUNE, '2026-11-02', 'marriage'),
        figure(COMMUNE, '2026-11-02', 'birth'),
        figure(COMMUNE, '2026-11-01', 'marriage'),
        figure(COMMUNE, '2026-10-31', 'birth'),
        figure(COMMUNE, '2026-11-03', 'birth'),
      ]);

      const forProvince = await figures
        .find({ $and: [provinceOfficer, { day: { $gte: '2026-11-01', $lte: '2026-11-02' } }] })
        .sort({ day: 1, communeCode: 1, procedureKey: 1 })
        .toArray();
      const forProcedure = await figures
        .find({
          $and: [
            communeOfficer,
            { day: { $gte: '2026-11-01', $lte: '2026-11-03' } },
            { communeCode: COMMUNE },
            { procedureKey: 'birth' },
          ],
        })
        .sort({ day: 1, communeCode: 1, procedureKey: 1 })
        .toArray();

      expect(ids(forProvince)).toEqual([
        `${COMMUNE}:2026-11-01:marriage`,
        `${COMMUNE}:2026-11-02:birth`,
        `${COMMUNE}:2026-11-02:marriage`,
        `${OTHER_COMMUNE}:2026-11-02:birth`,
      ]);
      expect(ids(forProcedure)).toEqual([
        `${COMMUNE}:2026-11-02:birth`,
        `${COMMUNE}:2026-11-03:birth`,
      ]);
    });

    it('S36: should read only the selected fields of a month’s or a year’s counters', async () => {
      const counts = await collection('counts_period', [
        { keys: { communeCode: 1, month: 1 } },
        { keys: { communeCode: 1, year: 1 } },
      ]);
      await counts.insertMany([
        {
          _id: 'a',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'receipt',
          month: '2026-11',
          year: '2026',
          count: 3,
          letterIds: ['x'],
        },
        {
          _id: 'b',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'apology',
          month: '2026-10',
          year: '2026',
          count: 2,
          letterIds: ['y'],
        },
        {
          _id: 'c',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'receipt',
          month: '2025-11',
          year: '2025',
          count: 9,
          letterIds: ['z'],
        },
      ]);
      const read = (period: Doc) =>
        counts
          .find({ $and: [{ communeCode: COMMUNE, ...period }, communeOfficer] })
          .project({ kind: 1, count: 1 })
          .toArray();

      expect(await read({ month: '2026-11' })).toEqual([{ _id: 'a', kind: 'receipt', count: 3 }]);
      expect(
        (await read({ year: '2026' })).sort((x, y) => String(x._id).localeCompare(String(y._id))),
      ).toEqual([
        { _id: 'a', kind: 'receipt', count: 3 },
        { _id: 'b', kind: 'apology', count: 2 },
      ]);
    });

    it('S37: should leave out an excluded field', async () => {
      const rows = await collection('rows_exclusion', [
        { keys: { scope: 1, communeCode: 1, period: 1 } },
        { keys: { campaignId: 1 } },
      ]);
      await rows.insertMany([
        {
          _id: 'r1',
          scope: 'result',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          period: '2026-11',
          answers: 2,
          counted: ['f1', 'f2'],
        },
        {
          _id: 'r2',
          scope: 'campaign',
          campaignId: 'camp-1',
          dimension: 'commune',
          communeCode: COMMUNE,
          answers: 1,
          counted: ['f3'],
        },
      ]);

      const search = await rows
        .find({
          $and: [{ scope: 'result', communeCode: COMMUNE, period: '2026-11' }, communeOfficer],
        })
        .project({ counted: 0 })
        .toArray();
      const forCampaign = await rows.findOne(
        { scope: 'campaign', campaignId: 'camp-1', dimension: 'commune' },
        { projection: { counted: 0 } },
      );

      expect(search).toEqual([
        {
          _id: 'r1',
          scope: 'result',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          period: '2026-11',
          answers: 2,
        },
      ]);
      expect(forCampaign).toEqual({
        _id: 'r2',
        scope: 'campaign',
        campaignId: 'camp-1',
        dimension: 'commune',
        communeCode: COMMUNE,
        answers: 1,
      });
    });

    it('S38: should search dossiers by clauses on a nested field and a half-open date range', async () => {
      const dossiers = await collection('dossiers_search', [
        { keys: { communeCode: 1, receivedAt: -1 } },
        { keys: { communeCode: 1, status: 1 } },
      ]);
      const dossier = (id: string, minutes: number, extra: Doc = {}) => ({
        _id: id,
        communeCode: COMMUNE,
        provinceCode: PROVINCE,
        status: 'received',
        procedure: { key: 'birth', name: 'Khai sinh' },
        receivedAt: at(minutes),
        ...extra,
      });
      await dossiers.insertMany([
        dossier('from', 0),
        dossier('inside', 30),
        dossier('before', 60), // receivedTo is exclusive
        dossier('early', -1),
        dossier('marriage', 30, { procedure: { key: 'marriage', name: 'Kết hôn' } }),
        dossier('processing', 30, { status: 'processing' }),
        dossier('elsewhere', 30, { communeCode: OTHER_COMMUNE, provinceCode: OTHER_PROVINCE }),
      ]);

      const found = await dossiers
        .find({
          $and: [
            communeOfficer,
            { communeCode: COMMUNE },
            { status: 'received' },
            { 'procedure.key': 'birth' },
            { receivedAt: { $gte: at(0) } },
            { receivedAt: { $lt: at(60) } },
          ],
        })
        .sort({ receivedAt: -1 })
        .limit(10)
        .toArray();

      expect(ids(found)).toEqual(['inside', 'from']);
    });

    it('S39: should search receptions by a day range and boxes by a flag, in their orders', async () => {
      const receptions = await collection('receptions', [{ keys: { communeCode: 1, heldOn: -1 } }]);
      await receptions.insertMany([
        {
          _id: 'r1',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'regular',
          heldOn: '2026-11-05',
          recordedAt: at(1),
        },
        {
          _id: 'r2',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'regular',
          heldOn: '2026-11-20',
          recordedAt: at(2),
        },
        {
          _id: 'r3',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'regular',
          heldOn: '2026-11-20',
          recordedAt: at(3),
        },
        {
          _id: 'r4',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'regular',
          heldOn: '2026-12-01',
          recordedAt: at(4),
        },
        {
          _id: 'r5',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          kind: 'unscheduled',
          heldOn: '2026-11-10',
          recordedAt: at(5),
        },
      ]);
      const boxes = await collection('boxes_search', [
        { keys: { communeCode: 1, nameKey: 1 }, unique: true },
      ]);
      await boxes.insertMany([
        {
          _id: 'b1',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          nameKey: 'z',
          name: 'Trạm y tế',
          active: false,
        },
        {
          _id: 'b2',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          nameKey: 'a',
          name: 'Chợ',
          active: false,
        },
        {
          _id: 'b3',
          communeCode: COMMUNE,
          provinceCode: PROVINCE,
          nameKey: 'm',
          name: 'Nhà văn hoá',
          active: true,
        },
      ]);

      const heard = await receptions
        .find({
          $and: [
            {
              communeCode: COMMUNE,
              kind: 'regular',
              heldOn: { $gte: '2026-11-05', $lte: '2026-11-30' },
            },
            communeOfficer,
          ],
        })
        .sort({ heldOn: -1, recordedAt: -1 })
        .limit(10)
        .toArray();
      const inactive = await boxes
        .find({ $and: [{ communeCode: COMMUNE, active: false }, provinceOfficer] })
        .sort({ communeCode: 1, name: 1 })
        .limit(500)
        .toArray();

      expect(ids(heard)).toEqual(['r3', 'r2', 'r1']);
      expect(ids(inactive)).toEqual(['b2', 'b1']);
    });

    it('S40: should list and count by one indexed field, in the requested order', async () => {
      const invitations = await collection('invitations_campaign', [
        { keys: { campaignId: 1, dossierCode: 1 } },
      ]);
      await invitations.insertMany([
        { _id: 'i2', campaignId: 'camp-1', dossierCode: 'B' },
        { _id: 'i1', campaignId: 'camp-1', dossierCode: 'A' },
        { _id: 'i3', campaignId: 'camp-1', dossierCode: 'C' },
        { _id: 'i4', campaignId: 'camp-2', dossierCode: 'A' },
        { _id: 'i5', campaignId: null, dossierCode: 'A' },
      ]);
      const procedures = await collection('procedures_list');
      await procedures.insertMany([
        { _id: `${COMMUNE}:marriage`, communeCode: COMMUNE, key: 'marriage' },
        { _id: `${COMMUNE}:birth`, communeCode: COMMUNE, key: 'birth' },
        { _id: `${OTHER_COMMUNE}:death`, communeCode: OTHER_COMMUNE, key: 'death' },
      ]);

      const listed = await invitations
        .find({ campaignId: 'camp-1' })
        .sort({ dossierCode: 1 })
        .toArray();
      const listedProcedures = await procedures
        .find({ communeCode: COMMUNE })
        .sort({ key: 1 })
        .toArray();

      expect(ids(listed)).toEqual(['i1', 'i2', 'i3']);
      expect(await invitations.countDocuments({ campaignId: 'camp-1' })).toBe(3);
      expect(await invitations.countDocuments({ campaignId: 'camp-9' })).toBe(0);
      expect(ids(listedProcedures)).toEqual([`${COMMUNE}:birth`, `${COMMUNE}:marriage`]);
    });

    it('S41: should sweep, claim, publish and release outboxes as the relay does', async () => {
      const aggregates = await collection('outbox_relay', [
        { keys: { outboxPending: 1, outboxLeaseUntil: 1 } },
      ]);
      const now = at(0);
      await aggregates.insertMany([
        {
          _id: 'waiting',
          outbox: [{ id: 'e1' }, { id: 'e2' }],
          outboxPending: true,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        },
        {
          _id: 'lease-expired',
          outbox: [{ id: 'e3' }],
          outboxPending: true,
          outboxLeaseUntil: at(-1),
          outboxLeaseOwner: 'crashed',
        },
        {
          _id: 'leased',
          outbox: [{ id: 'e4' }],
          outboxPending: true,
          outboxLeaseUntil: at(5),
          outboxLeaseOwner: 'other',
        },
        {
          _id: 'idle',
          outbox: [],
          outboxPending: false,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        },
      ]);
      const leaseExpired = {
        $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
      };

      const waiting = await aggregates
        .find({ outboxPending: true, ...leaseExpired })
        .project({ _id: 1 })
        .limit(50)
        .toArray();
      const waitingIds = ids(waiting);
      const claim = await aggregates.updateMany(
        { _id: { $in: waitingIds }, outboxPending: true, ...leaseExpired },
        { $set: { outboxLeaseUntil: at(1), outboxLeaseOwner: 'pass-1' } },
      );
      const owned = await aggregates
        .find({ _id: { $in: waitingIds }, outboxLeaseOwner: 'pass-1' })
        .toArray();
      // an event appended while the pass publishes stays for the next pass
      await aggregates.updateOne(
        { _id: 'waiting' },
        { $push: push({ outbox: { $each: [{ id: 'e5' }] } }), $set: { outboxPending: true } },
      );
      const release = await aggregates.bulkWrite(
        owned.flatMap((document): mongo.AnyBulkWriteOperation<Stored>[] => [
          {
            updateOne: {
              filter: { _id: document._id, outboxLeaseOwner: document.outboxLeaseOwner },
              update: {
                $pull: pull({
                  outbox: { id: { $in: (document.outbox as Doc[]).map((entry) => entry.id) } },
                }),
                $set: { outboxLeaseUntil: null, outboxLeaseOwner: null },
              },
            },
          },
          {
            updateOne: {
              filter: { _id: document._id, outboxPending: true, outbox: { $size: 0 } },
              update: { $set: { outboxPending: false } },
            },
          },
        ]),
        { ordered: true },
      );

      expect(sortedIds(waiting)).toEqual(['lease-expired', 'waiting']);
      expect(claim.modifiedCount).toBe(2);
      expect(sortedIds(owned)).toEqual(['lease-expired', 'waiting']);
      expect(release.modifiedCount).toBe(3); // two releases, one flag lowered
      expect(await aggregates.find().sort({ _id: 1 }).toArray()).toEqual([
        {
          _id: 'idle',
          outbox: [],
          outboxPending: false,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        },
        {
          _id: 'lease-expired',
          outbox: [],
          outboxPending: false,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        },
        {
          _id: 'leased',
          outbox: [{ id: 'e4' }],
          outboxPending: true,
          outboxLeaseUntil: at(5),
          outboxLeaseOwner: 'other',
        },
        {
          _id: 'waiting',
          outbox: [{ id: 'e5' }],
          outboxPending: true,
          outboxLeaseUntil: null,
          outboxLeaseOwner: null,
        },
      ]);
    });

    it('S42: should remove published events from the front one at a time, guarded by their id', async () => {
      const aggregates = await collection('outbox_pop', [
        { keys: { outboxPending: 1, outboxLeaseUntil: 1 } },
      ]);
      await aggregates.insertOne({
        _id: 'a1',
        outbox: [{ id: 'e1' }, { id: 'e2' }],
        outboxPending: true,
        outboxLeaseUntil: null,
      });
      const now = at(0);

      const claimed = await aggregates.findOneAndUpdate(
        {
          outboxPending: true,
          $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
        },
        { $set: { outboxLeaseUntil: at(1) } },
        { returnDocument: 'after' },
      );
      const pops = [];
      for (const id of ['e1', 'e1', 'e2']) {
        pops.push(
          (await aggregates.updateOne({ _id: 'a1', 'outbox.0.id': id }, { $pop: { outbox: -1 } }))
            .modifiedCount,
        );
      }
      await aggregates.updateOne({ _id: 'a1' }, { $set: { outboxLeaseUntil: null } });
      const lowered = await aggregates.updateOne(
        { _id: 'a1', outbox: { $size: 0 } },
        { $set: { outboxPending: false } },
      );

      expect(claimed?._id).toBe('a1');
      expect(pops).toEqual([1, 0, 1]);
      expect(lowered.modifiedCount).toBe(1);
      expect(await aggregates.findOne({ _id: 'a1' })).toEqual({
        _id: 'a1',
        outbox: [],
        outboxPending: false,
        outboxLeaseUntil: null,
      });
    });

    it('S43: should append events after the waiting ones and raise the flag', async () => {
      const aggregates = await collection('outbox_append');
      await aggregates.insertOne({ _id: 'a1', outbox: [{ id: 'e1' }], outboxPending: false });

      await aggregates.updateOne(
        { _id: 'a1' },
        {
          $push: push({ outbox: { $each: [{ id: 'e2' }, { id: 'e3' }] } }),
          $set: { outboxPending: true },
        },
      );

      expect(await aggregates.findOne({ _id: 'a1' })).toEqual({
        _id: 'a1',
        outbox: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
        outboxPending: true,
      });
    });

    it('S44: should unwind a commune’s audit trails to the entries of a time range', async () => {
      const records = await collection('audited');
      await records.insertMany([
        {
          _id: 'r1',
          communeCode: COMMUNE,
          audit: [
            { at: at(-10), action: 'created' },
            { at: at(5), action: 'changed' },
          ],
        },
        {
          _id: 'r2',
          communeCode: COMMUNE,
          audit: [
            { at: at(10), action: 'created' },
            { at: at(20), action: 'changed' },
          ],
        },
        { _id: 'r3', communeCode: COMMUNE, audit: [] },
        { _id: 'r4', communeCode: OTHER_COMMUNE, audit: [{ at: at(5), action: 'created' }] },
      ]);

      const rows = await records
        .aggregate([
          { $match: { communeCode: COMMUNE } },
          { $unwind: '$audit' },
          { $match: { 'audit.at': { $gte: at(0), $lte: at(10) } } },
          { $project: { audit: 1 } },
        ])
        .toArray();

      expect(
        rows.sort((a, b) => (a.audit.at as Date).getTime() - (b.audit.at as Date).getTime()),
      ).toEqual([
        { _id: 'r1', audit: { at: at(5), action: 'changed' } },
        { _id: 'r2', audit: { at: at(10), action: 'created' } },
      ]);
    });

    it('S45: should group a month’s facts by a compound key, counting and summing', async () => {
      const facts = await collection('on_time_facts', [
        { keys: { period: 1, communeCode: 1 } },
        { keys: { period: 1, provinceCode: 1 } },
      ]);
      const fact = (
        id: string,
        kind: string,
        onTime: boolean | null,
        hours: number,
        extra: Doc = {},
      ) => ({
        _id: id,
        period: '2026-11',
        communeCode: COMMUNE,
        provinceCode: PROVINCE,
        subjectType: 'dossier',
        category: 'birth',
        officerId: 'officer-1',
        kind,
        onTime,
        processingWorkingHours: hours,
        ...extra,
      });
      await facts.insertMany([
        fact('f1', 'received', null, 0),
        fact('f2', 'received', null, 0),
        fact('f3', 'returned', true, 6),
        fact('f4', 'returned', true, 10),
        fact('f5', 'returned', false, 30),
        fact('f6', 'returned', true, 100, { period: '2026-10' }),
        fact('f7', 'returned', true, 100, {
          communeCode: OTHER_COMMUNE,
          provinceCode: OTHER_PROVINCE,
        }),
      ]);
      const match = {
        $and: [{ period: '2026-11', communeCode: COMMUNE }, communeOfficer],
      };
      const rowKey = {
        communeCode: '$communeCode',
        provinceCode: '$provinceCode',
        subjectType: '$subjectType',
        category: '$category',
        officerId: '$officerId',
      };
      const key = {
        communeCode: COMMUNE,
        provinceCode: PROVINCE,
        subjectType: 'dossier',
        category: 'birth',
        officerId: 'officer-1',
      };

      const counts = await facts
        .aggregate([
          { $match: match },
          { $group: { _id: { ...rowKey, kind: '$kind', onTime: '$onTime' }, count: { $sum: 1 } } },
        ])
        .toArray();
      const hours = await facts
        .aggregate([
          { $match: { $and: [match, { kind: 'returned' }] } },
          { $group: { _id: rowKey, hours: { $sum: '$processingWorkingHours' } } },
        ])
        .toArray();

      const byGroup = (group: Doc) => `${String(group._id.kind)}:${String(group._id.onTime)}`;
      expect(counts.sort((a, b) => byGroup(a).localeCompare(byGroup(b)))).toEqual([
        { _id: { ...key, kind: 'received', onTime: null }, count: 2 },
        { _id: { ...key, kind: 'returned', onTime: false }, count: 1 },
        { _id: { ...key, kind: 'returned', onTime: true }, count: 2 },
      ]);
      expect(hours).toEqual([{ _id: key, hours: 46 }]);
    });
  });

  describe('index use (explain)', () => {
    /** Twenty cases a minute apart, alternating communes; every fourth one is still received. */
    const communeCases = (extra: Doc = {}) =>
      Array.from({ length: 20 }, (_, index) => ({
        _id: `c${index}`,
        communeCode: index % 2 === 0 ? COMMUNE : OTHER_COMMUNE,
        provinceCode: PROVINCE,
        status: index % 4 === 0 ? 'received' : 'closed',
        openedAt: at(index),
        ...extra,
      }));
    /** The received ones of COMMUNE among them, newest first. */
    const RECEIVED_HERE_NEWEST_FIRST = ['c16', 'c12', 'c8', 'c4', 'c0'];

    it('should recognise index and collection-scan stages of every supported store', () => {
      expect(usesIndex({ queryPlanner: { winningPlan: { stage: 'EXPRESS_IDHACK' } } })).toBe(true);
      expect(
        usesIndex({
          queryPlanner: {
            winningPlan: { queryPlan: { stage: 'FETCH', inputStage: { stage: 'IXSCAN' } } },
            rejectedPlans: [{ stage: 'COLLSCAN' }],
          },
        }),
      ).toBe(true);
      expect(
        usesIndex({
          stages: [{ $cursor: { queryPlanner: { winningPlan: { stage: 'COUNT_SCAN' } } } }],
        }),
      ).toBe(true);
      expect(
        usesIndex({
          queryPlanner: { winningPlan: { stage: 'COLLSCAN', filter: { stage: 'IXSCAN' } } },
        }),
      ).toBe(false);
      expect(
        usesIndex({
          winningPlan: { stage: 'OR', inputStages: [{ stage: 'IXSCAN' }, { stage: 'COLLSCAN' }] },
        }),
      ).toBe(false);
      expect(usesIndex({ queryPlanner: { winningPlan: { stage: 'EOF' } } })).toBe(false);
    });

    it('should look up a document by a unique key, alone or with other conditions, through its index', async () => {
      const dossiers = await collection('explain_unique', [
        { keys: { code: 1 }, unique: true },
        { keys: { kind: 1, subjectKey: 1 }, unique: true },
      ]);
      await dossiers.insertMany([
        { _id: 'd1', code: 'A', kind: 'receipt', subjectKey: 's1', communeCode: COMMUNE },
        { _id: 'd2', code: 'B', kind: 'receipt', subjectKey: 's2', communeCode: COMMUNE },
      ]);

      await expectIndexed({
        'find {code}': dossiers.find({ code: 'A' }).explain('queryPlanner'),
        'find {code, communeCode}': dossiers
          .find({ code: 'A', communeCode: COMMUNE })
          .explain('queryPlanner'),
        'find {kind, subjectKey}': dossiers
          .find({ kind: 'receipt', subjectKey: 's1' })
          .explain('queryPlanner'),
        'countDocuments {code}': explainCommand({
          aggregate: dossiers.collectionName,
          pipeline: [{ $match: { code: 'A' } }, { $group: { _id: 1, n: { $sum: 1 } } }],
          cursor: {},
        }),
      });
    });

    it('should read and update by _id with an extra condition through the _id index', async () => {
      const records = await collection('explain_id');
      await records.insertMany([
        { _id: 'r1', version: 0, communeCode: COMMUNE, provinceCode: PROVINCE },
        { _id: 'r2', version: 0, communeCode: COMMUNE, provinceCode: PROVINCE },
      ]);

      await expectIndexed({
        'find {_id}': records.find({ _id: 'r1' }).explain('queryPlanner'),
        'find {_id, version}': records.find({ _id: 'r1', version: 0 }).explain('queryPlanner'),
        'find {_id, $or: tenant}': records
          .find({ _id: 'r1', ...communeOfficer })
          .explain('queryPlanner'),
        'update {_id, version}': explainCommand({
          update: records.collectionName,
          updates: [{ q: { _id: 'r1', version: 0 }, u: { $set: { version: 1 } } }],
        }),
        'findAndModify {_id, version}': explainCommand({
          findAndModify: records.collectionName,
          query: { _id: 'r1', version: 0 },
          update: { $set: { version: 1 } },
          new: true,
        }),
      });
    });

    it('should find outbox work through the outbox index', async () => {
      const aggregates = await collection('explain_outbox', [
        { keys: { outboxPending: 1, outboxLeaseUntil: 1 } },
      ]);
      await aggregates.insertMany(
        Array.from({ length: 20 }, (_, index) => ({
          _id: `a${index}`,
          outboxPending: index % 5 === 0,
          outboxLeaseUntil: index % 10 === 0 ? at(-1) : null,
        })),
      );
      const claimFilter = {
        outboxPending: true,
        $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: at(0) } }],
      };

      await expectIndexed({
        'find claim filter': aggregates.find(claimFilter).limit(50).explain('queryPlanner'),
        'findAndModify claim filter': explainCommand({
          findAndModify: aggregates.collectionName,
          query: claimFilter,
          update: { $set: { outboxLeaseUntil: at(1) } },
          new: true,
        }),
      });
      expect(sortedIds(await aggregates.find(claimFilter).toArray())).toEqual([
        'a0',
        'a10',
        'a15',
        'a5',
      ]);
    });

    it('should find due timers through the state and due-date index', async () => {
      const timers = await collection('explain_timers', [{ keys: { state: 1, dueAt: 1 } }]);
      await timers.insertMany(
        Array.from({ length: 20 }, (_, index) => ({
          _id: `t${index}`,
          state: index % 2 === 0 ? 'armed' : 'fired',
          dueAt: at(index - 10),
        })),
      );
      const due = { state: 'armed', dueAt: { $lte: at(0) } };

      await expectIndexed({
        'find {state, dueAt: {$lte}} sort dueAt': timers
          .find(due)
          .sort({ dueAt: 1 })
          .explain('queryPlanner'),
      });
      expect(ids(await timers.find(due).sort({ dueAt: 1 }).toArray())).toEqual([
        't0',
        't2',
        't4',
        't6',
        't8',
        't10',
      ]);
    });

    it('should list a commune’s records of one status by date through the tenant index', async () => {
      const cases = await collection('explain_tenant_list', [
        { keys: { communeCode: 1, status: 1, openedAt: -1 } },
      ]);
      await cases.insertMany(communeCases());
      const filter = { communeCode: COMMUNE, status: 'received' };

      await expectIndexed({
        'find {communeCode, status} sort openedAt': cases
          .find(filter)
          .sort({ openedAt: -1 })
          .limit(50)
          .explain('queryPlanner'),
      });
      expect(ids(await cases.find(filter).sort({ openedAt: -1 }).limit(50).toArray())).toEqual(
        RECEIVED_HERE_NEWEST_FIRST,
      );
    });

    it('should serve the tenant-scoped reads, lists and updates the services send ($and with the tenant filter) through an index', async () => {
      const cases = await collection('explain_tenant_and', [
        { keys: { communeCode: 1, status: 1, openedAt: -1 } },
        { keys: { period: 1, communeCode: 1 } },
      ]);
      await cases.insertMany(communeCases({ period: '2026-11' }));
      const list = { $and: [{ communeCode: COMMUNE, status: 'received' }, communeOfficer] };

      await expectIndexed({
        'findOne {$and: [{_id}, tenant]} (S3)': cases
          .find({ $and: [{ _id: 'c4' }, communeOfficer] })
          .limit(1)
          .explain('queryPlanner'),
        'find {$and: [{communeCode, status}, tenant]} sort openedAt (S21, S22, S39)': cases
          .find(list)
          .sort({ openedAt: -1 })
          .limit(50)
          .explain('queryPlanner'),
        'update {$and: [{_id}, {status}, {processedEvents: {$ne}}]} (S12)': explainCommand({
          update: cases.collectionName,
          updates: [
            {
              q: {
                $and: [{ _id: 'c4' }, { status: 'received' }, { processedEvents: { $ne: 'e1' } }],
              },
              u: { $set: { status: 'closed' } },
            },
          ],
        }),
        'aggregate $match {$and: [{period, communeCode}, tenant]} (S45)': explainCommand({
          aggregate: cases.collectionName,
          pipeline: [
            { $match: { $and: [{ period: '2026-11', communeCode: COMMUNE }, communeOfficer] } },
            { $group: { _id: '$status', count: { $sum: 1 } } },
          ],
          cursor: {},
        }),
      });
      expect(ids(await cases.find(list).sort({ openedAt: -1 }).limit(50).toArray())).toEqual(
        RECEIVED_HERE_NEWEST_FIRST,
      );
    });

    it('should check either of two unique keys through their indexes (S7)', async () => {
      const cases = await collection('explain_or_keys', [
        { keys: { sourceKey: 1 }, unique: true },
        { keys: { requestKey: 1 }, unique: true },
      ]);
      await cases.insertMany(
        Array.from({ length: 10 }, (_, index) => ({
          _id: `c${index}`,
          sourceKey: `s${index}`,
          requestKey: `r${index}`,
        })),
      );

      await expectIndexed({
        'findOne {$or: [{sourceKey}, {requestKey}]}': cases
          .find({ $or: [{ sourceKey: 's3' }, { requestKey: 'r7' }] })
          .project({ _id: 1 })
          .limit(1)
          .explain('queryPlanner'),
      });
    });
  });

  describe('results regardless of the index chosen', () => {
    it('should return exactly the documents in an indexed date range that meet a non-indexed condition', async () => {
      const indexed = await collection('range_indexed', [{ keys: { state: 1, dueAt: 1 } }]);
      const plain = await collection('range_plain');
      const documents: Stored[] = [
        ...Array.from({ length: 40 }, (_, index) => ({
          _id: `t${String(index).padStart(2, '0')}`,
          state: index % 3 === 0 ? 'fired' : 'armed',
          dueAt: at(index - 20),
          priority: index % 2 === 0 ? 'high' : 'low',
        })),
        { _id: 'null-date', state: 'armed', dueAt: null, priority: 'high' },
        { _id: 'no-date', state: 'armed', priority: 'high' },
        { _id: 'text-date', state: 'armed', dueAt: at(0).toISOString(), priority: 'high' },
        { _id: 'number-date', state: 'armed', dueAt: at(0).getTime(), priority: 'high' },
        { _id: 'no-priority', state: 'armed', dueAt: at(0) },
        { _id: 'at-lower', state: 'armed', dueAt: at(-10), priority: 'high' },
        { _id: 'at-upper', state: 'armed', dueAt: at(10), priority: 'high' },
      ];
      await indexed.insertMany(documents.map((document) => ({ ...document })));
      await plain.insertMany(documents.map((document) => ({ ...document })));
      const filter = { state: 'armed', dueAt: { $gte: at(-10), $lt: at(10) }, priority: 'high' };
      const expected = documents
        .filter(
          (document) =>
            document.state === 'armed' &&
            document.dueAt instanceof Date &&
            document.dueAt >= at(-10) &&
            document.dueAt < at(10) &&
            document.priority === 'high',
        )
        .map((document) => document._id)
        .sort();

      expect(sortedIds(await indexed.find(filter).toArray())).toEqual(expected);
      expect(sortedIds(await plain.find(filter).toArray())).toEqual(expected);
      expect(expected).toEqual(['at-lower', 't10', 't14', 't16', 't20', 't22', 't26', 't28']);
      expect(await indexed.countDocuments(filter)).toBe(expected.length);
    });

    it('should match numbers by value whether stored as int, long or double', async () => {
      const indexed = await collection('numbers_indexed', [{ keys: { n: 1 } }]);
      const plain = await collection('numbers_plain');
      const documents = (): Stored[] => [
        { _id: 'int-1', n: new mongo.Int32(1) },
        { _id: 'double-2', n: new mongo.Double(2) },
        { _id: 'double-2.5', n: new mongo.Double(2.5) },
        { _id: 'long-3', n: mongo.Long.fromNumber(3) },
        { _id: 'int-4', n: new mongo.Int32(4) },
        { _id: 'text-1', n: '1' },
      ];
      await indexed.insertMany(documents());
      await plain.insertMany(documents());

      for (const numbers of [indexed, plain]) {
        expect(
          sortedIds(
            await numbers
              .find({
                n: {
                  $in: [
                    new mongo.Double(1),
                    new mongo.Int32(2),
                    new mongo.Double(3),
                    mongo.Long.fromNumber(4),
                  ],
                },
              })
              .toArray(),
          ),
        ).toEqual(['double-2', 'int-1', 'int-4', 'long-3']);
        expect(sortedIds(await numbers.find({ n: new mongo.Double(4) }).toArray())).toEqual([
          'int-4',
        ]);
        expect(sortedIds(await numbers.find({ n: mongo.Long.fromNumber(2) }).toArray())).toEqual([
          'double-2',
        ]);
        expect(
          sortedIds(
            await numbers
              .find({ n: { $gt: new mongo.Int32(2), $lte: new mongo.Double(3) } })
              .toArray(),
          ),
        ).toEqual(['double-2.5', 'long-3']);
      }
    });

    it('should treat null equality as null-or-missing and $exists as presence, with or without an index', async () => {
      const indexed = await collection('nulls_indexed', [
        { keys: { leaseUntil: 1 } },
        { keys: { pending: 1, leaseUntil: 1 } },
      ]);
      const plain = await collection('nulls_plain');
      const documents = (): Stored[] => [
        { _id: 'null', pending: true, leaseUntil: null },
        { _id: 'missing', pending: true },
        { _id: 'set', pending: true, leaseUntil: at(0) },
        { _id: 'idle-null', pending: false, leaseUntil: null },
      ];
      await indexed.insertMany(documents());
      await plain.insertMany(documents());

      for (const records of [indexed, plain]) {
        const found = async (filter: Doc) => sortedIds(await records.find(filter).toArray());
        expect(await found({ leaseUntil: null })).toEqual(['idle-null', 'missing', 'null']);
        expect(await found({ leaseUntil: { $eq: null } })).toEqual([
          'idle-null',
          'missing',
          'null',
        ]);
        expect(await found({ pending: true, leaseUntil: null })).toEqual(['missing', 'null']);
        expect(await found({ leaseUntil: { $in: [null, at(0)] } })).toEqual([
          'idle-null',
          'missing',
          'null',
          'set',
        ]);
        expect(await found({ leaseUntil: { $ne: null } })).toEqual(['set']);
        expect(await found({ leaseUntil: { $exists: false } })).toEqual(['missing']);
        expect(await found({ leaseUntil: { $exists: true } })).toEqual([
          'idle-null',
          'null',
          'set',
        ]);
        expect(await found({ pending: true, leaseUntil: { $lte: at(0) } })).toEqual(['set']);
        expect(
          await found({
            pending: true,
            $or: [{ leaseUntil: null }, { leaseUntil: { $lte: at(0) } }],
          }),
        ).toEqual(['missing', 'null', 'set']);
      }
    });
  });
});
