import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TOPICS } from '@libs/contracts';
import { deadLetterTopicFor } from '@libs/messaging';
import {
  auditedActions,
  binaryParser,
  consumedAll,
  eventually,
  extractPdfText,
  KafkaProbe,
  normalizeText,
  TestRun,
} from '@libs/testing';

import { LetterRecord } from '../src/letters/infrastructure/letter.schema';
import { LetterTemplateRecord } from '../src/templates/infrastructure/letter-template.schema';
import {
  letterAbout,
  lettersAbout,
  publishRecords,
  saveLetterSettings,
  startCorrespondence,
  statusChangeOf,
} from './support/correspondence';
import {
  birth,
  death,
  DEFINITIONS,
  dossierReceived,
  feedbackOpened,
  HAC_THANH,
  marriage,
  RawRecord,
  record,
  rescheduled,
  surveyReminderDue,
} from './support/events';

const CONSUMED_TOPICS = [
  TOPICS.civilStatus,
  TOPICS.dossier,
  TOPICS.deadlineAlert,
  TOPICS.feedbackCase,
  TOPICS.surveyResponse,
];

describe('correspondence: letters from events, exactly once, over the real broker and store', () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const groupId = run.groupId('correspondence');
  const topics = CONSUMED_TOPICS.map((topic) => run.topic(topic));
  const clock = new ManualClock(new Date('2026-11-28T02:00:00Z'));
  const letterProbe = run.probe();
  const produced: RawRecord[] = [];
  let app: INestApplication;
  let letters: Model<LetterRecord>;
  let templates: Model<LetterTemplateRecord>;
  let officer: string;
  let leader: string;
  let province: string;

  const start = (group: string) => startCorrespondence(run, { options: { clock }, groupId: group });
  const publish = async (...records: RawRecord[]): Promise<void> => {
    produced.push(...records);
    await publishRecords(brokers, records);
  };
  const caughtUp = (group = groupId) => consumedAll(brokers, group, topics);
  const http = () => request(app.getHttpServer());
  const lettersFor = (subjectKey: string, authorization = officer): Promise<any[]> =>
    lettersAbout(app, authorization, subjectKey);
  const letterFor = (subjectKey: string): Promise<any> => letterAbout(app, officer, subjectKey);
  const letterSettings = (settings: object) => saveLetterSettings(app, leader, HAC_THANH, settings);
  /** The commune's own thank-you template, as a leader (or whoever is given) saves it. */
  const thankYouTemplate = (paragraphs: string[], authorization = leader) =>
    http().put('/v1/templates/thank-you').set('Authorization', authorization).send({
      communeCode: HAC_THANH,
      title: 'THƯ CẢM ƠN',
      salutation: 'Kính gửi: {{recipientName}}',
      paragraphs,
    });
  const counts = async (period: string) =>
    (
      await http()
        .get(`/v1/letters/counts?communeCode=${HAC_THANH}&period=${period}`)
        .set('Authorization', officer)
    ).body;

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    province = await authority.bearer({ roles: ['province'], province: '38' });
    app = await start(groupId);
    letters = app.get(getModelToken(LetterRecord.name));
    templates = app.get(getModelToken(LetterTemplateRecord.name));
    await letterProbe.start([`${prefix}${TOPICS.letter}`]);
  });

  afterAll(() => run.cleanUp());

  it('should write each kind of letter once from its event, addressed to the right people', async () => {
    const born = birth();
    const married = marriage();
    const died = death();
    const dossier = dossierReceived({
      fullName: 'Hoàng Văn Tùng',
      addressLine: 'Số 9, phố Lý Thường Kiệt',
    });
    const late = rescheduled(dossier);
    const thanked = feedbackOpened({ fullName: 'Vũ Thị Mai', addressLine: 'Tổ dân phố 3' });
    const anonymous = feedbackOpened();

    await publish(
      record(prefix, DEFINITIONS.birth, born.registrationId, born),
      record(prefix, DEFINITIONS.marriage, married.registrationId, married),
      record(prefix, DEFINITIONS.death, died.registrationId, died),
      record(prefix, DEFINITIONS.dossierReceived, dossier.dossierId, dossier),
      record(prefix, DEFINITIONS.rescheduled, late.deadlineId, late),
      record(prefix, DEFINITIONS.feedbackOpened, thanked.caseId, thanked),
      record(prefix, DEFINITIONS.feedbackOpened, anonymous.caseId, anonymous),
    );

    const birthLetter = await letterFor(`birth:${born.registrationId}`);
    expect(birthLetter).toMatchObject({
      kind: 'birth-congratulation',
      recipientName: 'Ông Lê Đức Thịnh và Bà Phạm Thị Hằng',
      status: 'draft',
      channel: 'print',
      template: { version: 1, source: 'built-in' },
    });
    expect(birthLetter.text).toContain('cháu gái Lê Thảo Vy, sinh ngày 21 tháng 11 năm 2026');

    const marriageLetter = await letterFor(`marriage:${married.registrationId}`);
    expect(marriageLetter.kind).toBe('marriage-congratulation');
    expect(marriageLetter.content.salutation).toBe(
      'Kính gửi: Anh Nguyễn Quang Huy và Chị Đỗ Thị Ngọc Ánh',
    );
    expect(marriageLetter.text).toContain('đăng ký kết hôn ngày 27 tháng 11 năm 2026');

    const condolence = await letterFor(`death:${died.registrationId}`);
    expect(condolence.kind).toBe('death-condolence');
    expect(condolence.content.title).toBe('THƯ CHIA BUỒN');
    // The death record carries sexes and the date of birth: honorifics and age, no "Ông/Bà".
    expect(condolence.content.salutation).toBe('Kính gửi: Gia đình Bà Trịnh Thị Lụa');
    expect(condolence.text).toContain(
      'nhận được tin Cụ Trịnh Văn Quý, hưởng thọ 76 tuổi, đã từ trần ngày 25 tháng 11 năm 2026',
    );

    const apology = await letterFor(`dossier:${dossier.dossierId}`);
    expect(apology.kind).toBe('apology');
    // Mẫu 04 under its 2025 name (Circular 03/2025/TT-VPCP, Phụ lục I).
    expect(apology.content.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(apology.recipientName).toBe('Ông/Bà Hoàng Văn Tùng');
    expect(apology.recipientAddress).toBe('Số 9, phố Lý Thường Kiệt');
    expect(apology.text).toContain(`mã hồ sơ ${dossier.dossierCode}`);
    expect(apology.text).toContain('Lý do: Cần xác minh thêm thông tin với cơ quan cấp bản chính.');
    expect(apology.text).toContain(
      'thời gian hẹn trả kết quả mới là 15 giờ 00 phút, ngày 02 tháng 12 năm 2026',
    );

    const thanks = await letterFor(`feedback-case:${thanked.caseId}`);
    expect(thanks.kind).toBe('thank-you');
    expect(thanks.text).toContain(
      'trân trọng cảm ơn Ông/Bà Vũ Thị Mai đã gửi ý kiến góp ý xây dựng chính quyền địa phương qua hòm thư góp ý.',
    );
    expect(thanks.text).toContain(thanked.caseCode);

    await caughtUp();
    expect(await lettersFor(`feedback-case:${anonymous.caseId}`)).toEqual([]);
    for (const letter of [birthLetter, marriageLetter, condolence, apology, thanks]) {
      expect(letter.text).toBe(letter.text.normalize('NFC'));
      expect(letter.content.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
      expect(letter.content.placeAndDate).toBe('Hạc Thành, ngày 28 tháng 11 năm 2026');
    }
  });

  it('should write the apology when the reschedule is read before the dossier it belongs to', async () => {
    const dossier = dossierReceived({ fullName: 'Mai Thị Thu' });
    const late = rescheduled(dossier);

    await publish(record(prefix, DEFINITIONS.rescheduled, late.deadlineId, late));
    await caughtUp();
    expect(await lettersFor(`dossier:${dossier.dossierId}`)).toEqual([]);

    await publish(record(prefix, DEFINITIONS.dossierReceived, dossier.dossierId, dossier));
    const apology = await letterFor(`dossier:${dossier.dossierId}`);
    expect(apology.recipientName).toBe('Ông/Bà Mai Thị Thu');
    expect(apology.text).toContain('ngày 02 tháng 12 năm 2026');
  });

  it('should create no new letter when the same events are delivered again, with old or new ids', async () => {
    await caughtUp();
    const before = await letters.countDocuments().exec();
    const countsBefore = await counts('2026-11');

    const again = produced.flatMap((one) => [
      one,
      { ...one, headers: { ...one.headers, ce_id: randomUUID() } },
    ]);
    await publishRecords(brokers, again);
    await caughtUp();

    expect(await letters.countDocuments().exec()).toBe(before);
    expect(await counts('2026-11')).toEqual(countsBefore);
  });

  it('should create no new letter when a new consumer group replays every topic from the beginning', async () => {
    await caughtUp();
    const before = await letters.countDocuments().exec();
    const countsBefore = await counts('2026-11');
    const replayGroup = run.groupId('replay');

    const replay = await start(replayGroup);
    try {
      await caughtUp(replayGroup);
    } finally {
      await run.stopService(replay);
    }

    expect(await letters.countDocuments().exec()).toBe(before);
    expect(await counts('2026-11')).toEqual(countsBefore);
    expect(countsBefore.total).toBe(before);
  });

  it('should dead-letter an event with missing fields and write nothing for it', async () => {
    const deadLetters = new KafkaProbe(brokers);
    await deadLetters.start([`${prefix}${deadLetterTopicFor(groupId)}`]);
    try {
      const { wife: _wife, ...noWife } = marriage();
      const bad = record(prefix, DEFINITIONS.marriage, noWife.registrationId, noWife);
      await publishRecords(brokers, [bad]);

      const dead = await eventually(
        () => deadLetters.find((one) => one.key === noWife.registrationId),
        { description: 'marriage without a wife dead-lettered' },
      );
      expect(dead.headers.dlq_reason).toBe('contract-violation');
      expect(dead.headers.dlq_error).toContain('wife');
      expect(await lettersFor(`marriage:${noWife.registrationId}`)).toEqual([]);
    } finally {
      await deadLetters.stop();
    }
  });

  it('should refuse a template with an unknown placeholder or a syntax error, naming it, and store nothing', async () => {
    const unknown = await thankYouTemplate([
      'Cảm ơn {{tenNguoiNhan}} đã góp ý.',
      'Kính chúc {{recipientName}} mạnh khỏe.',
    ]);
    const broken = await http()
      .put('/v1/templates/apology')
      .set('Authorization', leader)
      .send({
        communeCode: HAC_THANH,
        title: 'PHIẾU XIN LỖI',
        salutation: 'Kính gửi: {{applicantName',
        paragraphs: ['Hẹn lại ngày {{newDueDate}}.'],
      });

    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('TEMPLATE.INVALID');
    expect(unknown.body.message).toContain('{{tenNguoiNhan}}');
    expect(unknown.body.errors).toEqual([
      { field: 'paragraphs.0', messages: [expect.stringContaining('"{{tenNguoiNhan}}"')] },
    ]);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('salutation');
    expect(broken.body.errors[0].messages[0]).toMatch(/^Lỗi cú pháp mẫu thư: Unclosed tag/);
    expect(await templates.countDocuments().exec()).toBe(0);
  });

  it("should write new letters in the commune's own template version and with its signer", async () => {
    const officerTries = await thankYouTemplate(['x'], officer);
    expect(officerTries.status).toBe(403);

    const saved = await thankYouTemplate([
      'Ủy ban nhân dân {{communeName}} chân thành cảm ơn {{recipientName}} đã {{contribution}} (số {{caseCode}}).',
      'Mọi ý kiến của nhân dân đều được lắng nghe.',
    ]);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ kind: 'thank-you', version: 2, source: 'commune' });
    const settings = await letterSettings({
      signer: { role: 'vice-chair', fullName: 'Nguyễn Thị Lan' },
    });
    expect(settings.status).toBe(200);
    expect(settings.body.signatureBlock).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);

    const opened = feedbackOpened(
      { fullName: 'Bùi Văn Khánh' },
      { kind: 'petition', channel: 'online' },
    );
    await publish(record(prefix, DEFINITIONS.feedbackOpened, opened.caseId, opened));
    const letter = await letterFor(`feedback-case:${opened.caseId}`);

    expect(letter.template).toEqual({ version: 2, source: 'commune' });
    expect(letter.content.paragraphs[0]).toBe(
      `Ủy ban nhân dân phường Hạc Thành chân thành cảm ơn Ông/Bà Bùi Văn Khánh đã gửi phản ánh tới chính quyền địa phương qua mạng (số ${opened.caseCode}).`,
    );
    expect(letter.content.signatureBlock).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(letter.content.signerName).toBe('Nguyễn Thị Lan');
    const versions = await http()
      .get(`/v1/templates/thank-you/versions?communeCode=${HAC_THANH}`)
      .set('Authorization', province);
    expect(versions.body.map((one: any) => one.version)).toEqual([1, 2]);
  });

  it('should skip a kind the commune does not send and queue at once a kind that needs no approval', async () => {
    const configured = await letterSettings({
      kinds: [
        { kind: 'death-condolence', enabled: false, approvalRequired: true },
        { kind: 'marriage-congratulation', enabled: true, approvalRequired: false },
      ],
    });
    expect(configured.status).toBe(200);
    const died = death();
    const married = marriage();

    await publish(
      record(prefix, DEFINITIONS.death, died.registrationId, died),
      record(prefix, DEFINITIONS.marriage, married.registrationId, married),
    );

    const letter = await letterFor(`marriage:${married.registrationId}`);
    expect(letter.status).toBe('approved');
    expect(letter.times.approvedAt).toBe(clock.now().toISOString());
    await caughtUp();
    expect(await lettersFor(`death:${died.registrationId}`)).toEqual([]);
    const approved = await statusChangeOf(
      letterProbe,
      letter.letterId,
      'letter.status-changed.v1 for the auto-approved letter',
    );
    expect(JSON.parse(approved.value ?? '{}')).toMatchObject({
      letterId: letter.letterId,
      from: 'draft',
      to: 'approved',
      kind: 'marriage-congratulation',
      channel: 'print',
    });
    // reports count the letter in the period of its occasion (the registration), not its drafting
    const created = letterProbe.find(
      (one) => one.key === letter.letterId && one.headers.ce_type === 'letter.created.v1',
    );
    expect(JSON.parse(created?.value ?? '{}')).toMatchObject({
      kind: 'marriage-congratulation',
      occasionAt: '2026-11-28T02:00:00.000Z',
    });
    await letterSettings({
      kinds: [{ kind: 'death-condolence', enabled: true, approvalRequired: true }],
    });
  });

  it('should send no survey reminder where no e-mail or SMS reaches the applicant', async () => {
    // No SMS gateway is configured here, and this applicant left only a phone number.
    const dossier = dossierReceived({ fullName: 'Lò Văn Sáng', phone: '0912345678' });
    const reminder = surveyReminderDue(dossier);
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, dossier.dossierId, dossier),
      record(prefix, DEFINITIONS.surveyReminder, reminder.invitationId, reminder),
    );
    await caughtUp();

    expect(await lettersFor(`survey-reminder:${reminder.invitationId}:1`)).toEqual([]);
  });

  it('should give a printable PDF whose text reads back in Vietnamese', async () => {
    const dossier = dossierReceived({ fullName: 'Nguyễn Thị Ánh Tuyết' });
    const late = rescheduled(dossier);
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, dossier.dossierId, dossier),
      record(prefix, DEFINITIONS.rescheduled, late.deadlineId, late),
    );
    const letter = await letterFor(`dossier:${dossier.dossierId}`);

    const response = await http()
      .get(`/v1/letters/${letter.letterId}/pdf`)
      .set('Authorization', province)
      .buffer(true)
      .parse(binaryParser);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    writeFileSync(`/tmp/correspondence-apology-${run.id}.pdf`, pdf);
    const { text } = extractPdfText(pdf);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẠC THÀNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      letter.content.placeAndDate,
      letter.content.title,
      letter.content.salutation,
      ...letter.content.paragraphs,
      ...letter.content.signatureBlock,
    ]) {
      expect(text).toContain(normalizeText(line));
    }
  });

  it('should search the register by recipient without diacritics, kind, status and period, and count per kind', async () => {
    const search = (query: string, authorization = officer) =>
      http().get(`/v1/letters?${query}`).set('Authorization', authorization);

    const byName = await search(`recipient=${encodeURIComponent('pham thi HANG')}`);
    const byKind = await search('kind=apology&status=draft&from=2026-11-28&to=2026-11-28');
    const otherDay = await search('from=2026-11-29');
    const wrong = await search('from=2026-02-30&status=lost');

    expect(byName.status).toBe(200);
    expect(byName.body.length).toBeGreaterThan(0);
    expect(byName.body.every((one: any) => one.recipientName.includes('Phạm Thị Hằng'))).toBe(true);
    expect(byKind.body.length).toBeGreaterThanOrEqual(3);
    expect(byKind.body.every((one: any) => one.kind === 'apology' && one.status === 'draft')).toBe(
      true,
    );
    expect(otherDay.body).toEqual([]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((problem: any) => problem.field).sort()).toEqual([
      'from',
      'status',
    ]);

    const month = await counts('2026-11');
    const year = await counts('2026');
    const stored = await letters.countDocuments({ communeCode: HAC_THANH }).exec();
    expect(month.total).toBe(stored);
    expect(year.counts).toEqual(month.counts);
    expect(month.counts.apology).toBe(
      await letters.countDocuments({ communeCode: HAC_THANH, kind: 'apology' }).exec(),
    );
    expect((await counts('2026-10')).total).toBe(0);
  });

  it('should let a leader approve, record every change in the audit trail, and publish it', async () => {
    const born = birth({ father: undefined, mother: { fullName: 'Đinh Thị Nhung' } });
    await publish(record(prefix, DEFINITIONS.birth, born.registrationId, born));
    const letter = await letterFor(`birth:${born.registrationId}`);
    const approve = (authorization: string) =>
      http().post(`/v1/letters/${letter.letterId}/approve`).set('Authorization', authorization);

    expect((await approve(officer)).status).toBe(403);
    expect((await approve(province)).status).toBe(403);
    const approved = await approve(leader);
    const twice = await approve(leader);

    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('LETTER.WRONG_STATUS');
    const actions = await auditedActions(app, leader, `communeCode=${HAC_THANH}`, letter.letterId);
    expect(actions).toEqual(['letter.approved', 'letter.created']);
    const published = await statusChangeOf(
      letterProbe,
      letter.letterId,
      'letter.status-changed.v1 on correspondence.letter.v1',
    );
    expect(JSON.parse(published.value ?? '{}')).toMatchObject({ from: 'draft', to: 'approved' });
  });

  it('should keep each commune to its own letters and let the province only read', async () => {
    const [letter] = (
      await http().get('/v1/letters?kind=birth-congratulation').set('Authorization', officer)
    ).body as any[];
    const neighbour = await authority.bearer({ roles: ['officer'], communes: ['14800'] });
    const otherProvince = await authority.bearer({ roles: ['province'], province: '01' });

    const asNeighbour = await http()
      .get(`/v1/letters/${letter.letterId}`)
      .set('Authorization', neighbour);
    const asOtherProvince = await http()
      .get(`/v1/letters/${letter.letterId}`)
      .set('Authorization', otherProvince);
    const asProvince = await http()
      .get(`/v1/letters/${letter.letterId}`)
      .set('Authorization', province);
    const provinceResend = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', province)
      .send({});
    const neighbourSearch = await http().get('/v1/letters').set('Authorization', neighbour);
    const neighbourCounts = await http()
      .get(`/v1/letters/counts?communeCode=${HAC_THANH}&period=2026`)
      .set('Authorization', neighbour);
    const anonymous = await http().get('/v1/letters');

    expect(asNeighbour.status).toBe(404);
    expect(asOtherProvince.status).toBe(404);
    expect(asProvince.status).toBe(200);
    expect(provinceResend.status).toBe(403);
    expect(neighbourSearch.body).toEqual([]);
    expect(neighbourCounts.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });

  it('should refuse to resend a draft and never create a second letter', async () => {
    const died = death();
    await publish(record(prefix, DEFINITIONS.death, died.registrationId, died));
    const letter = await letterFor(`death:${died.registrationId}`);

    const resend = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', officer)
      .send({ note: 'Gia đình chưa nhận được' });
    const unknownField = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', officer)
      .send({ channel: 'pigeon', urgent: true });

    expect(resend.status).toBe(409);
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors.map((problem: any) => problem.field).sort()).toEqual([
      'channel',
      'urgent',
    ]);
    expect(await lettersFor(`death:${died.registrationId}`)).toHaveLength(1);
  });
});
