import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { ParsedMail, simpleParser } from 'mailparser';
import { Model } from 'mongoose';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TOPICS } from '@libs/contracts';
import {
  auditedActions,
  binaryParser,
  consumedAll,
  eventually,
  extractPdfText,
  normalizeText,
  TestRun,
} from '@libs/testing';

import { LetterDispatcher } from '../src/delivery/application/letter-dispatcher.service';
import { LetterRecord } from '../src/letters/infrastructure/letter.schema';
import {
  letterAbout,
  publishRecords,
  saveLetterSettings,
  startCorrespondence,
} from './support/correspondence';
import {
  birth,
  DEFINITIONS,
  dossierReceived,
  feedbackOpened,
  HAC_THANH,
  marriage,
  RawRecord,
  record,
  surveyReminderDue,
} from './support/events';

const RETRY_BASE_MS = 60_000;

interface SmsRequest {
  authorization: string | undefined;
  body: { to: string; text: string; sender: string; reference: string };
}

/** A real SMTP server on a random loopback port that keeps every message it accepts. */
function startSmtpServer(): Promise<{
  server: SMTPServer;
  port: number;
  received: ParsedMail[];
  refuse: { next: boolean };
}> {
  const received: ParsedMail[] = [];
  const refuse = { next: false };
  const server = new SMTPServer({
    authOptional: true,
    // No certificate in a test: the client must not be offered STARTTLS.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuse.next) {
        const error = Object.assign(new Error('Mailbox temporarily unavailable'), {
          responseCode: 451,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.server.address() as AddressInfo).port;
      resolve({ server, port, received, refuse });
    });
  });
}

/** A tiny SMS provider: accepts JSON posts and answers with a message id. */
function startSmsProvider(): Promise<{ server: Server; url: string; received: SmsRequest[] }> {
  const received: SmsRequest[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sms-${received.length}` }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, url: `http://127.0.0.1:${port}/v1/messages`, received });
    });
  });
}

describe('correspondence: delivering letters by e-mail, SMS and the daily print batch', () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const groupId = run.groupId('correspondence');
  const clock = new ManualClock(new Date('2026-11-28T02:00:00Z'));
  const letterProbe = run.probe();
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let sms: Awaited<ReturnType<typeof startSmsProvider>>;
  let app: INestApplication;
  let dispatcher: LetterDispatcher;
  let letters: Model<LetterRecord>;
  let officer: string;
  let leader: string;

  const http = () => request(app.getHttpServer());
  const publish = (...records: RawRecord[]) => publishRecords(brokers, records);
  const letterFor = (subjectKey: string, check?: (letter: any) => boolean): Promise<any> =>
    letterAbout(app, officer, subjectKey, check);
  const read = async (letterId: string) =>
    (await http().get(`/v1/letters/${letterId}`).set('Authorization', officer)).body;
  const statusEvents = (letterId: string) =>
    letterProbe.records
      .filter((one) => one.key === letterId && one.headers.ce_type === 'letter.status-changed.v1')
      .map((one) => JSON.parse(one.value ?? '{}'))
      .map((event) => `${event.from}→${event.to}`);

  beforeAll(async () => {
    [smtp, sms] = await Promise.all([startSmtpServer(), startSmsProvider()]);
    officer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    app = await startCorrespondence(run, {
      options: { clock },
      groupId,
      settings: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: '"Ủy ban nhân dân Phường Hạc Thành" <thu-ngo@hacthanh.thanhhoa.gov.vn>',
        SMS_HTTP_URL: sms.url,
        SMS_HTTP_TOKEN: 'test-token',
        SMS_SENDER: 'UBND HTHANH',
        DELIVERY_RETRY_BASE_MS: String(RETRY_BASE_MS),
        DELIVERY_SEND_TRIES: '2',
        DELIVERY_SEND_RETRY_DELAY_MS: '20',
      },
    });
    dispatcher = app.get(LetterDispatcher);
    letters = app.get(getModelToken(LetterRecord.name));
    await letterProbe.start([`${prefix}${TOPICS.letter}`]);
    // This commune thanks and congratulates without waiting for a leader's approval.
    const configured = await saveLetterSettings(app, leader, HAC_THANH, {
      kinds: [
        { kind: 'thank-you', enabled: true, approvalRequired: false },
        { kind: 'marriage-congratulation', enabled: true, approvalRequired: false },
      ],
      signer: { role: 'chair', fullName: 'Lê Thị Hương' },
    });
    expect(configured.status).toBe(200);
  });

  afterAll(async () => {
    await run.cleanUp();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    await new Promise<void>((resolve) => sms?.server.close(() => resolve()));
  });

  it('should e-mail a thank-you letter in Vietnamese with its PDF attached', async () => {
    const opened = feedbackOpened({ fullName: 'Vũ Thị Mai', email: 'vu.thi.mai@example.vn' });
    await publish(record(prefix, DEFINITIONS.feedbackOpened, opened.caseId, opened));
    const letter = await letterFor(`feedback-case:${opened.caseId}`);
    expect(letter).toMatchObject({ status: 'approved', channel: 'email' });

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });

    const mail = await eventually(
      () => smtp.received.find((one) => one.headers.get('x-letter-id') === letter.letterId),
      { description: 'e-mail at the test SMTP server' },
    );
    expect(mail.subject).toBe('Thư cảm ơn của Ủy ban nhân dân phường Hạc Thành');
    expect(mail.from?.text).toContain('Ủy ban nhân dân Phường Hạc Thành');
    expect((mail.to as { text: string }).text).toBe('vu.thi.mai@example.vn');
    expect(mail.text).toContain('Kính gửi: Ông/Bà Vũ Thị Mai');
    expect(mail.text).toContain(
      'trân trọng cảm ơn Ông/Bà Vũ Thị Mai đã gửi ý kiến góp ý xây dựng chính quyền địa phương qua hòm thư góp ý.',
    );
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.filename).toMatch(/^thu-thank-you-[0-9a-f]{8}\.pdf$/);
    const { text } = extractPdfText(attachment.content);
    expect(text).toContain('THƯ CẢM ƠN');
    expect(text).toContain(normalizeText(letter.content.paragraphs[0]));
    expect(text).toContain('Lê Thị Hương');

    const sent = await read(letter.letterId);
    expect(sent.status).toBe('sent');
    expect(sent.times.sentAt).toBe(clock.now().toISOString());
    expect(sent.delivery.attempts).toBe(1);
    expect(sent.delivery.providerReference).toBe(mail.messageId);
    await eventually(
      () => (statusEvents(letter.letterId).includes('approved→sent') ? true : undefined),
      { description: 'approved→sent on correspondence.letter.v1' },
    );
    expect(statusEvents(letter.letterId)).toEqual(['draft→approved', 'approved→sent']);
  });

  it('should leave the letter failed and retryable when the SMTP server refuses, and send it on a later round', async () => {
    const opened = feedbackOpened({ fullName: 'Trần Văn Nam', email: 'tran.van.nam@example.vn' });
    await publish(record(prefix, DEFINITIONS.feedbackOpened, opened.caseId, opened));
    const letter = await letterFor(`feedback-case:${opened.caseId}`);
    const failedAt = clock.now();

    smtp.refuse.next = true;
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 1 });

    const failed = await read(letter.letterId);
    expect(failed.status).toBe('failed');
    expect(failed.delivery.attempts).toBe(1);
    expect(failed.delivery.lastError).toContain('451');
    expect(failed.times.failedAt).toBe(failedAt.toISOString());
    expect(failed.delivery.nextAttemptAt).toBe(
      new Date(failedAt.getTime() + RETRY_BASE_MS).toISOString(),
    );
    // Not due yet: nothing is tried before the scheduled time.
    smtp.refuse.next = false;
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 0, failed: 0 });

    clock.advance(RETRY_BASE_MS);
    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });

    const sent = await read(letter.letterId);
    expect(sent.status).toBe('sent');
    expect(sent.delivery.attempts).toBe(2);
    expect(sent.delivery.lastError).toBeUndefined();
    expect(sent.times.failedAt).toBe(failedAt.toISOString());
    expect(smtp.received.some((one) => one.headers.get('x-letter-id') === letter.letterId)).toBe(
      true,
    );
    const actions = await auditedActions(app, leader, `communeCode=${HAC_THANH}`, letter.letterId);
    expect(actions).toEqual([
      'letter.approved',
      'letter.created',
      'letter.delivery-failed',
      'letter.sent',
    ]);
    await eventually(
      () => (statusEvents(letter.letterId).includes('failed→sent') ? true : undefined),
      { description: 'failed→sent on correspondence.letter.v1' },
    );
  });

  it('should send an SMS notice through the HTTP provider adapter', async () => {
    const opened = feedbackOpened(
      { fullName: 'Lò Thị Xuân', phone: '0912345678' },
      { kind: 'recommendation', channel: 'dialogue' },
    );
    await publish(record(prefix, DEFINITIONS.feedbackOpened, opened.caseId, opened));
    const letter = await letterFor(`feedback-case:${opened.caseId}`);
    expect(letter.channel).toBe('sms');

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });

    const message = sms.received.find((one) => one.body.reference === letter.letterId);
    expect(message?.authorization).toBe('Bearer test-token');
    expect(message?.body).toEqual({
      to: '0912345678',
      sender: 'UBND HTHANH',
      reference: letter.letterId,
      text: `UBND phường Hạc Thành trân trọng cảm ơn Ông/Bà Lò Thị Xuân đã gửi kiến nghị tới chính quyền địa phương tại buổi đối thoại với nhân dân (số ${opened.caseCode}).`,
    });
    const sent = await read(letter.letterId);
    expect(sent.status).toBe('sent');
    expect(sent.delivery.providerReference).toMatch(/^sms-\d+$/);
  });

  it('should remind an applicant of an unanswered survey by SMS, once, without approval', async () => {
    const reachable = dossierReceived({
      fullName: 'Lò Văn Sáng',
      sex: 'male',
      phone: '0912345678',
    });
    const paperOnly = dossierReceived({ fullName: 'Hà Thị Nga', addressLine: 'Số 5 phố Trần Phú' });
    const reminder = surveyReminderDue(reachable);
    const unreachable = surveyReminderDue(paperOnly);
    await publish(
      record(prefix, DEFINITIONS.dossierReceived, reachable.dossierId, reachable),
      record(prefix, DEFINITIONS.dossierReceived, paperOnly.dossierId, paperOnly),
      record(prefix, DEFINITIONS.surveyReminder, reminder.invitationId, reminder),
      record(prefix, DEFINITIONS.surveyReminder, reminder.invitationId, reminder),
      record(prefix, DEFINITIONS.surveyReminder, unreachable.invitationId, unreachable),
    );
    const letter = await letterFor(`survey-reminder:${reminder.invitationId}:1`);
    expect(letter).toMatchObject({ kind: 'survey-reminder', status: 'approved', channel: 'sms' });
    expect(letter.content.title).toBe('THƯ MỜI ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG');
    expect(letter.content.paragraphs.join(' ')).toContain('mã khảo sát in trên phiếu trả kết quả');

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });
    const message = sms.received.find((one) => one.body.reference === letter.letterId);
    expect(message?.body.text).toBe(
      `UBND phường Hạc Thành mời Ông Lò Văn Sáng đánh giá việc giải quyết hồ sơ ${reachable.dossierCode} bằng mã khảo sát trên phiếu trả kết quả, trước ngày 09 tháng 12 năm 2026.`,
    );
    // Delivered twice: one letter. No e-mail or phone: none, and never on paper.
    await consumedAll(brokers, groupId, [run.topic(TOPICS.surveyResponse)]);
    expect(await letters.countDocuments({ kind: 'survey-reminder' })).toBe(1);
  });

  it("should print the day's paper letters as one PDF and mark each printed", async () => {
    const married = marriage();
    const born = birth();
    await publish(
      record(prefix, DEFINITIONS.marriage, married.registrationId, married),
      record(prefix, DEFINITIONS.birth, born.registrationId, born),
    );
    const marriageLetter = await letterFor(`marriage:${married.registrationId}`);
    const birthLetter = await letterFor(`birth:${born.registrationId}`);
    // The birth letter waits for the leader, as this commune wants for births.
    expect(birthLetter.status).toBe('draft');
    const today = '2026-11-28';

    const batch = await http()
      .post('/v1/print-batches')
      .set('Authorization', officer)
      .send({ communeCode: HAC_THANH, date: today });

    expect(batch.status).toBe(201);
    expect(batch.body.letterIds).toEqual([marriageLetter.letterId]);
    const printed = await read(marriageLetter.letterId);
    expect(printed.status).toBe('printed');
    expect(printed.delivery.printBatchId).toBe(batch.body.batchId);
    expect(printed.times.printedAt).toBe(clock.now().toISOString());

    expect(
      (
        await http()
          .post(`/v1/letters/${birthLetter.letterId}/approve`)
          .set('Authorization', leader)
      ).status,
    ).toBe(200);
    const second = await http()
      .post('/v1/print-batches')
      .set('Authorization', officer)
      .set('Accept', 'application/pdf')
      .send({ communeCode: HAC_THANH, date: today })
      .buffer(true)
      .parse(binaryParser);
    expect(second.status).toBe(201);
    expect(second.headers['content-type']).toBe('application/pdf');
    const { text, pages } = extractPdfText(second.body as Buffer);
    expect(pages).toHaveLength(1);
    expect(text).toContain(normalizeText(birthLetter.content.salutation));
    expect(text).toContain('cháu gái Lê Thảo Vy');

    const again = await http()
      .get(`/v1/print-batches/${batch.body.batchId}/pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binaryParser);
    expect(again.status).toBe(200);
    expect(extractPdfText(again.body as Buffer).text).toContain(
      normalizeText(marriageLetter.content.salutation),
    );

    const nothing = await http()
      .post('/v1/print-batches')
      .set('Authorization', officer)
      .send({ communeCode: HAC_THANH, date: today });
    const future = await http()
      .post('/v1/print-batches')
      .set('Authorization', officer)
      .send({ communeCode: HAC_THANH, date: '2026-12-31' });
    const province = await http()
      .post('/v1/print-batches')
      .set('Authorization', await authority.bearer({ roles: ['province'], province: '38' }))
      .send({ communeCode: HAC_THANH, date: today });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('PRINT_BATCH.NOTHING_TO_PRINT');
    expect(future.status).toBe(400);
    expect(province.status).toBe(403);

    const delivered = await http()
      .post(`/v1/letters/${marriageLetter.letterId}/delivered`)
      .set('Authorization', officer);
    expect(delivered.status).toBe(200);
    expect(delivered.body.status).toBe('delivered');
    expect(delivered.body.times.deliveredAt).toBe(clock.now().toISOString());
  });

  it('should resend a sent letter as the same letter, record who asked, and send it again', async () => {
    const opened = feedbackOpened({ fullName: 'Phan Thị Yến', email: 'phan.thi.yen@example.vn' });
    await publish(record(prefix, DEFINITIONS.feedbackOpened, opened.caseId, opened));
    const letter = await letterFor(`feedback-case:${opened.caseId}`);
    await dispatcher.dispatchDue();
    await eventually(async () =>
      (await read(letter.letterId)).status === 'sent' ? true : undefined,
    );

    const bySms = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', officer)
      .send({ channel: 'sms' });
    const resent = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', officer)
      .send({ note: 'Người nhận báo chưa thấy thư' });
    const twice = await http()
      .post(`/v1/letters/${letter.letterId}/resend`)
      .set('Authorization', officer)
      .send({});

    expect(resent.status).toBe(200);
    expect(resent.body.letterId).toBe(letter.letterId);
    expect(resent.body.status).toBe('approved');
    expect(resent.body.resends).toEqual([
      {
        at: clock.now().toISOString(),
        by: 'officer-14797',
        channel: 'email',
        note: 'Người nhận báo chưa thấy thư',
      },
    ]);
    // No phone number: the SMS channel cannot reach this citizen.
    expect(bySms.status).toBe(400);
    expect(bySms.body.code).toBe('LETTER.CHANNEL_UNREACHABLE');
    // Already queued again: a second click does not queue it twice.
    expect(twice.status).toBe(409);

    expect(await dispatcher.dispatchDue()).toEqual({ sent: 1, failed: 0 });
    const mails = smtp.received.filter((one) => one.headers.get('x-letter-id') === letter.letterId);
    expect(mails).toHaveLength(2);
    expect((await read(letter.letterId)).status).toBe('sent');
    expect(await letters.countDocuments({ subjectKey: `feedback-case:${opened.caseId}` })).toBe(1);
    await eventually(
      () =>
        letterProbe.records.some((one) => {
          const event = JSON.parse(one.value ?? '{}');
          return one.key === letter.letterId && event.resend === true && event.to === 'approved';
        })
          ? true
          : undefined,
      { description: 'the resend on correspondence.letter.v1' },
    );
  });
});
