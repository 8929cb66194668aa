import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { DEADLINE_OVERDUE_V1, TOPICS } from '@libs/contracts';
import { binaryParser, consumedAll, extractPdfText, REPOSITORY_ROOT, TestRun } from '@libs/testing';

import { ApprovalWatch } from '../src/letters/application/approval-watch.service';
import {
  LetterNumberClaimRecord,
  LetterNumberHeadRecord,
} from '../src/letters/infrastructure/letter-number.schema';
import {
  letterAbout,
  lettersAbout,
  publishRecords,
  saveLetterSettings,
  startCorrespondence,
} from './support/correspondence';
import {
  birth,
  death,
  DEFINITIONS,
  dossierReceived,
  RawRecord,
  record,
  rescheduled,
} from './support/events';

/** Phường Đào Duy Từ (Thanh Hóa): named after a person, so Decree 30's full-name rules apply. */
const DAO_DUY_TU = '16609';
/** Rendered letters are kept here (git-ignored) to be looked at; see docs/letters.md. */
const ARTEFACTS = join(REPOSITORY_ROOT, '.local', 'artefacts');

const CONSUMED_TOPICS = [TOPICS.civilStatus, TOPICS.dossier, TOPICS.deadlineAlert];

describe('correspondence: letters only for real occasions, approval windows and the letter register', () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const groupId = run.groupId('correspondence');
  const topics = CONSUMED_TOPICS.map((topic) => run.topic(topic));
  const clock = new ManualClock(new Date('2026-11-28T02:00:00Z'));
  let app: INestApplication;
  let claims: Model<LetterNumberClaimRecord>;
  let heads: Model<LetterNumberHeadRecord>;
  let officer: string;
  let leader: string;

  const publish = (...records: RawRecord[]) => publishRecords(brokers, records);
  const caughtUp = () => consumedAll(brokers, groupId, topics);
  const http = () => request(app.getHttpServer());
  const inDaoDuyTu = { communeCode: DAO_DUY_TU, provinceCode: '38' };
  const lettersFor = (subjectKey: string): Promise<any[]> => lettersAbout(app, officer, subjectKey);
  const letterFor = (subjectKey: string): Promise<any> => letterAbout(app, officer, subjectKey);
  const settings = (body: object) => saveLetterSettings(app, leader, DAO_DUY_TU, body);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: [DAO_DUY_TU] });
    leader = await authority.bearer({ roles: ['leader'], communes: [DAO_DUY_TU] });
    app = await startCorrespondence(run, {
      options: { clock },
      settings: { APPROVAL_WATCH_INTERVAL_MS: '0' },
    });
    claims = app.get(getModelToken(LetterNumberClaimRecord.name));
    heads = app.get(getModelToken(LetterNumberHeadRecord.name));
  });

  afterAll(() => run.cleanUp());

  it('should acknowledge a late birth and a late death with no letter, and refuse one on request', async () => {
    // A birth of 1985 registered in 2026 and a death of 2001 (review §3): valid, but no letter.
    const lateBirth = birth({
      ...inDaoDuyTu,
      child: { fullName: 'Cao Văn Sơn', dateOfBirth: '1985-03-10', sex: 'male' },
    });
    const lateDeath = death({
      ...inDaoDuyTu,
      deceased: { fullName: 'Hoàng Văn Minh', dateOfDeath: '2001-06-15' },
    });
    // Day 15 after the death is still within Luật Hộ tịch Art. 33.
    const recentDeath = death({
      ...inDaoDuyTu,
      registeredAt: '2026-11-27T04:00:00.000Z',
      deceased: { fullName: 'Lê Văn Bình', dateOfDeath: '2026-11-12' },
    });
    await publish(
      record(prefix, DEFINITIONS.birth, lateBirth.registrationId, lateBirth),
      record(prefix, DEFINITIONS.death, lateDeath.registrationId, lateDeath),
      record(prefix, DEFINITIONS.death, recentDeath.registrationId, recentDeath),
    );
    await letterFor(`death:${recentDeath.registrationId}`);
    await caughtUp();

    expect(await lettersFor(`birth:${lateBirth.registrationId}`)).toEqual([]);
    expect(await lettersFor(`death:${lateDeath.registrationId}`)).toEqual([]);
    const skipped = (
      await http()
        .get(`/v1/skipped-occasions?communeCode=${DAO_DUY_TU}`)
        .set('Authorization', officer)
        .expect(200)
    ).body as any[];
    const skippedBirth = skipped.find(
      (one) => one.subjectKey === `birth:${lateBirth.registrationId}`,
    );
    expect(skippedBirth).toMatchObject({
      kind: 'birth-congratulation',
      reason: 'outside-window',
      eventDate: '1985-03-10',
      registeredOn: '2026-11-28',
      windowDays: 60,
    });
    expect(skipped.map((one) => one.subjectKey)).toContain(`death:${lateDeath.registrationId}`);

    // An officer asking for the letter anyway is told which rule forbids it; nothing is written.
    const refused = await http()
      .post(`/v1/skipped-occasions/${encodeURIComponent(skippedBirth.id)}/letter`)
      .set('Authorization', officer)
      .expect(400);
    expect(refused.body.code).toBe('LETTER.OUTSIDE_WINDOW');
    expect(refused.body.message).toContain('60 ngày kể từ ngày sinh (Luật Hộ tịch 2014, Điều 15)');
    expect(await lettersFor(`birth:${lateBirth.registrationId}`)).toEqual([]);
  });

  it('should draft an apology for an overdue dossier that was never rescheduled, and only then', async () => {
    const never = dossierReceived({ fullName: 'Nguyễn Thị Hoa', sex: 'female' }, inDaoDuyTu);
    const moved = dossierReceived({ fullName: 'Trần Văn Long', sex: 'male' }, inDaoDuyTu);
    const overdue = (dossier: { dossierId: string; dossierCode: string }) => ({
      deadlineId: randomUUID(),
      subjectType: 'dossier',
      subjectId: dossier.dossierId,
      subjectCode: dossier.dossierCode,
      ...inDaoDuyTu,
      dueAt: '2026-11-25T08:00:00.000Z',
      detectedAt: '2026-11-25T08:01:00.000Z',
    });
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, never.dossierId, never),
      record(prefix, DEFINITIONS.dossierReceived, moved.dossierId, moved),
      record(prefix, DEFINITIONS.rescheduled, moved.dossierId, {
        ...rescheduled(moved),
        ...inDaoDuyTu,
      }),
    );
    await letterFor(`dossier:${moved.dossierId}`);
    await publish(
      record(prefix, DEADLINE_OVERDUE_V1, never.dossierId, overdue(never)),
      record(prefix, DEADLINE_OVERDUE_V1, moved.dossierId, overdue(moved)),
    );
    const apology = await letterFor(`dossier:${never.dossierId}`);
    await caughtUp();

    expect(apology.kind).toBe('overdue-apology');
    expect(apology.recipientName).toBe('Bà Nguyễn Thị Hoa');
    expect(apology.text).toContain('Trung tâm Phục vụ hành chính công Phường Đào Duy Từ tiếp nhận');
    expect(apology.text).toContain('thành thật xin lỗi Bà về sự chậm trễ này');
    // The rescheduled dossier keeps its one Mẫu 04 and gets no second apology.
    expect((await lettersFor(`dossier:${moved.dossierId}`)).map((letter) => letter.kind)).toEqual([
      'apology',
    ]);
  });

  it('should send an apology a leader did not approve in time, or escalate it, as configured', async () => {
    const sendLater = dossierReceived({ fullName: 'Phạm Văn Đức', sex: 'male' }, inDaoDuyTu);
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, sendLater.dossierId, sendLater),
      record(prefix, DEFINITIONS.rescheduled, sendLater.dossierId, {
        ...rescheduled(sendLater),
        ...inDaoDuyTu,
        previousDueAt: '2026-12-07T10:00:00.000Z',
      }),
    );
    const draft = await letterFor(`dossier:${sendLater.dossierId}`);
    expect(draft.status).toBe('draft');
    // Drafted at 02:00Z with the default 4 hours, well before the original due time.
    expect(draft.approvalDueAt).toBe('2026-11-28T06:00:00.000Z');
    const watch = app.get(ApprovalWatch);

    clock.set(new Date('2026-11-28T05:59:00Z'));
    await watch.runDue();
    expect((await lettersFor(`dossier:${sendLater.dossierId}`))[0].status).toBe('draft');
    clock.set(new Date('2026-11-28T06:00:00Z'));
    expect((await watch.runDue()).sent).toBeGreaterThanOrEqual(1);
    const sent = (await lettersFor(`dossier:${sendLater.dossierId}`))[0];
    expect(sent.status).toBe('approved');
    expect(sent.officialNumber).toMatch(/^\d{2,}\/UBND$/);

    await settings({ apologyApproval: { withinHours: 2, otherwise: 'escalate' } }).expect(200);
    const escalate = dossierReceived({ fullName: 'Vũ Thị Mai', sex: 'female' }, inDaoDuyTu);
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, escalate.dossierId, escalate),
      record(prefix, DEFINITIONS.rescheduled, escalate.dossierId, {
        ...rescheduled(escalate),
        ...inDaoDuyTu,
        previousDueAt: '2026-12-07T10:00:00.000Z',
      }),
    );
    const waiting = await letterFor(`dossier:${escalate.dossierId}`);
    clock.set(new Date(new Date(waiting.approvalDueAt).getTime()));
    expect((await watch.runDue()).escalated).toBeGreaterThanOrEqual(1);
    const escalated = (await lettersFor(`dossier:${escalate.dossierId}`))[0];
    expect(escalated).toMatchObject({ status: 'draft', escalatedAt: waiting.approvalDueAt });
    expect(escalated.officialNumber).toBeUndefined();
    await settings({ apologyApproval: { withinHours: 4, otherwise: 'send' } }).expect(200);
  });

  it('should number letters from the commune register on approval, never twice and with no gap', async () => {
    const births = Array.from({ length: 8 }, (_, index) =>
      birth({
        ...inDaoDuyTu,
        child: { fullName: `Lê Thảo Vy ${index + 1}`, dateOfBirth: '2026-11-21', sex: 'female' },
      }),
    );
    await publish(
      ...births.map((one) => record(prefix, DEFINITIONS.birth, one.registrationId, one)),
    );
    const drafts = await Promise.all(births.map((one) => letterFor(`birth:${one.registrationId}`)));
    expect(drafts.every((draft) => draft.officialNumber === undefined)).toBe(true);

    // Approved all at once: the register hands out distinct, consecutive numbers.
    const approved = await Promise.all(
      drafts.map(
        async (draft) =>
          (
            await http()
              .post(`/v1/letters/${draft.letterId}/approve`)
              .set('Authorization', leader)
              .expect(200)
          ).body,
      ),
    );
    const numbers = approved.map((letter) => Number(String(letter.officialNumber).split('/')[0]));
    expect(new Set(numbers).size).toBe(numbers.length);
    const stored = await claims.find({ communeCode: DAO_DUY_TU, year: 2026 }).lean().exec();
    const all = stored.map((claim) => claim.number).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: all.length }, (_, index) => index + 1));
    expect(approved[0].content.documentNumber).toMatch(/^\d{2,}\/UBND$/);

    // A head that lags behind its claims (a crash between the two writes), or a register kept
    // before heads existed, still gives the next free number: no gap, no repeat.
    const approveNext = async (name: string): Promise<void> => {
      const one = birth({
        ...inDaoDuyTu,
        child: { fullName: name, dateOfBirth: '2026-11-21', sex: 'female' },
      });
      await publish(record(prefix, DEFINITIONS.birth, one.registrationId, one));
      const draft = await letterFor(`birth:${one.registrationId}`);
      await http()
        .post(`/v1/letters/${draft.letterId}/approve`)
        .set('Authorization', leader)
        .expect(200);
    };
    await heads.updateOne({ _id: `${DAO_DUY_TU}:2026` }, { $set: { last: 1 } }).exec();
    await approveNext('Lê Thảo Vy 9');
    await heads.deleteMany({}).exec();
    await approveNext('Lê Thảo Vy 10');
    const after = (await claims.find({ communeCode: DAO_DUY_TU, year: 2026 }).lean().exec())
      .map((claim) => claim.number)
      .sort((a, b) => a - b);
    expect(after).toEqual(Array.from({ length: all.length + 2 }, (_, index) => index + 1));
  });

  it('should render a condolence and a Mẫu 04 apology as Decree 30 letters, kept as artefacts', async () => {
    clock.set(new Date('2026-12-01T02:00:00Z'));
    const died = death({
      ...inDaoDuyTu,
      registeredAt: '2026-11-30T02:00:00.000Z',
      deceased: {
        fullName: 'Hoàng Văn Minh',
        dateOfDeath: '2026-11-27',
        sex: 'male',
        dateOfBirth: '1942-03-15',
      },
      family: { fullName: 'Hoàng Thị Thu', sex: 'female', dateOfBirth: '1968-02-01' },
    });
    const dossier = dossierReceived(
      { fullName: 'Đỗ Văn Nam', sex: 'male', dateOfBirth: '1990-08-19' },
      { ...inDaoDuyTu, procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
    );
    await publish(
      record(prefix, DEFINITIONS.death, died.registrationId, died),
      record(prefix, DEFINITIONS.dossierReceived, dossier.dossierId, dossier),
      record(prefix, DEFINITIONS.rescheduled, dossier.dossierId, {
        ...rescheduled(dossier),
        ...inDaoDuyTu,
        dueAt: '2026-12-10T09:00:00.000Z',
        previousDueAt: '2026-12-07T10:00:00.000Z',
        reason: 'Cần xác minh thông tin hộ tịch tại nơi cư trú trước đây',
        rescheduledAt: '2026-12-01T02:00:00.000Z',
      }),
    );
    const condolence = await letterFor(`death:${died.registrationId}`);
    const apology = await letterFor(`dossier:${dossier.dossierId}`);
    for (const letter of [condolence, apology]) {
      await http()
        .post(`/v1/letters/${letter.letterId}/approve`)
        .set('Authorization', leader)
        .expect(200);
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    const rendered: Record<string, string> = {};
    for (const [name, letter] of [
      ['condolence', condolence],
      ['apology-mau-04', apology],
    ] as const) {
      const pdf = (
        await http()
          .get(`/v1/letters/${letter.letterId}/pdf`)
          .set('Authorization', officer)
          .buffer(true)
          .parse(binaryParser)
          .expect(200)
      ).body as Buffer;
      writeFileSync(join(ARTEFACTS, `${name}.pdf`), pdf);
      rendered[name] = extractPdfText(pdf).text;
    }

    const common = [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG ĐÀO DUY TỪ',
      // Phụ lục I §II.4a: a person-named ward keeps its full name on the date line.
      'Phường Đào Duy Từ, ngày 01 tháng 12 năm 2026',
      'TM. ỦY BAN NHÂN DÂN',
    ];
    for (const text of Object.values(rendered)) {
      for (const line of common) {
        expect(text).toContain(line);
      }
      expect(text).toMatch(/Số: \d{2,}\/UBND/);
      expect(text).not.toContain('Ông/Bà');
    }
    expect(rendered.condolence).toContain('Kính gửi: Gia đình Bà Hoàng Thị Thu');
    expect(rendered.condolence).toContain(
      'vô cùng thương tiếc nhận được tin Cụ Hoàng Văn Minh, hưởng thọ 84 tuổi, đã từ trần ngày 27 tháng 11 năm 2026',
    );
    expect(rendered.condolence).toContain('Kính chúc gia đình nén đau thương');
    expect(rendered['apology-mau-04']).toContain(
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    );
    expect(rendered['apology-mau-04']).toContain('Kính gửi: Anh Đỗ Văn Nam');
    expect(rendered['apology-mau-04']).toContain('dự kiến không giải quyết xong đúng hạn');
    expect(rendered['apology-mau-04']).toContain('16 giờ 00 phút, ngày 10 tháng 12 năm 2026');
    expect(rendered['apology-mau-04']).toContain(
      'Trung tâm Phục vụ hành chính công Phường Đào Duy Từ tiếp nhận',
    );
  });
});
