import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderOfficialDocumentPdf } from '@libs/documents';
import { pdftotext, vn } from '@libs/testing';

import { DESK_OFFICER, HAC_THANH, maritalStatusDossier } from '../../../test/dossier-fixtures';
import { Dossier } from './dossier';
import {
  processControlSheet,
  timeliness,
  trackingRegister,
  trackingRegisterCsv,
} from './dossier-control-forms';
import { changeStatus } from './dossier-rules';

/** Content-stream order (-raw): a table cell's lines stay together. Rendered forms are kept here (git-ignored) to be looked at; docs/samples keeps a copy. */
const ARTEFACTS = join(__dirname, '..', '..', '..', '..', '..', '.local', 'artefacts');

const officer = DESK_OFFICER;
const handler = { subject: 'officer-14797-2', name: 'Lê Thị Hoa' };

const received = maritalStatusDossier({
  receipt: {
    documents: [],
    sets: 1,
    resultDelivery: { method: 'desk' },
    register: { book: '01/2026', number: 125 },
  },
  fee: { amountVnd: 0, status: 'not-required' },
});

/** The dossier after the moves the desk and the handling officer record. */
function moved(
  dossier: Dossier,
  steps: {
    to: Dossier['status'];
    at: string;
    by: typeof officer;
    reason?: string;
    items?: string[];
  }[],
): Dossier {
  return steps.reduce(
    (current, step) =>
      changeStatus(current, {
        to: step.to,
        at: vn(step.at),
        now: vn('2026-03-01T00:00:00'),
        by: step.by,
        registrationId: 'unused',
        ...(step.reason ? { reason: step.reason } : {}),
        ...(step.items ? { items: step.items } : {}),
      }).dossier,
    dossier,
  );
}

const returned = moved(received, [
  { to: 'in-progress', at: '2026-02-12T10:00:00', by: handler },
  {
    to: 'supplement-requested',
    at: '2026-02-13T09:00:00',
    by: handler,
    reason: 'Tờ khai chưa có chữ ký',
    items: ['Tờ khai có chữ ký'],
  },
  { to: 'in-progress', at: '2026-02-23T08:30:00', by: handler },
  // the supplement restarted the time: the appointment became 26/02 17:00 (3 working days)
  { to: 'processed', at: '2026-02-26T15:00:00', by: handler },
  { to: 'result-returned', at: '2026-02-27T09:00:00', by: officer },
]);

const textOf = (pdf: Buffer): string => pdftotext(pdf);

describe('Mẫu 06, phiếu kiểm soát quá trình giải quyết hồ sơ', () => {
  it('should record every status change with its time, actor and reason', () => {
    expect(returned.transitions?.map((move) => `${move.from}>${move.to}`)).toEqual([
      'received>in-progress',
      'in-progress>supplement-requested',
      'supplement-requested>in-progress',
      'in-progress>processed',
      'processed>result-returned',
    ]);
    expect(returned.transitions?.[1]).toMatchObject({
      at: vn('2026-02-13T09:00:00'),
      by: handler,
      reason: 'Tờ khai chưa có chữ ký',
    });
  });

  it('should judge each step against the appointment by calendar day', () => {
    const due = vn('2026-02-24T17:00:00');
    expect(timeliness(vn('2026-02-23T16:00:00'), due)).toBe('Trước hạn');
    expect(timeliness(vn('2026-02-24T16:59:00'), due)).toBe('Đúng hạn');
    expect(timeliness(vn('2026-02-24T17:01:00'), due)).toBe('Quá hạn');
  });

  it('should print one row per handover, from receipt to return, with the late steps marked', async () => {
    const pdf = await renderOfficialDocumentPdf(
      processControlSheet(returned, vn('2026-02-27T09:05:00')),
      { creationDate: returned.receivedAt },
    );
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'mau-06-phieu-kiem-soat.pdf'), pdf);
    const text = textOf(pdf).normalize('NFC');
    const flat = text.replace(/\s+/g, ' ');

    for (const expected of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mã hồ sơ: H56.147.97-260212-0001',
      'THỜI GIAN GIAO,',
      'KẾT QUẢ GIẢI',
      'Sổ theo dõi hồ sơ quyển 01/2026, số 125',
      '08 giờ 15 phút, ngày 12 tháng 02 năm 2026',
      'Tờ khai chưa có chữ ký',
      'Tình trạng hiện tại: Đã trả kết quả.',
    ]) {
      expect(flat).toContain(expected);
    }
    // Six rows: receipt and five moves, judged against the appointment the supplement reset
    // (26/02): four before it, the result on its day, the return the day after.
    expect(
      processControlSheet(returned, returned.lastChangedAt).table?.rows.map((row) => row[2]),
    ).toEqual(['Trước hạn', 'Trước hạn', 'Trước hạn', 'Trước hạn', 'Đúng hạn', 'Quá hạn']);
    expect(text.match(/Quá hạn/g)).toHaveLength(1);
    expect(flat.indexOf('người nộp hồ sơ (trả kết quả)')).toBeGreaterThan(
      flat.indexOf('Tờ khai chưa có chữ ký'),
    );
  });

  it('should rebuild the moves of a dossier older than the log from its dates and notes', () => {
    const old: Dossier = {
      ...received,
      status: 'result-returned',
      processedAt: vn('2026-02-20T10:00:00'),
      returnedAt: vn('2026-02-21T10:00:00'),
    };
    const sheet = processControlSheet(old, vn('2026-02-21T10:00:00'));
    expect(sheet.table?.rows).toHaveLength(3);
    expect(sheet.table?.rows.map((row) => row[2])).toEqual(['Trước hạn', 'Trước hạn', 'Trước hạn']);
  });
});

describe('Mẫu 07, sổ theo dõi hồ sơ', () => {
  const second: Dossier = {
    ...received,
    id: 'b2',
    code: 'H56.147.97-260212-0002',
    applicant: { fullName: 'Nguyễn Văn "Tư", con', phone: '0987654321' },
    receipt: { ...received.receipt!, register: { book: '01/2026', number: 126 } },
    receivedAt: vn('2026-02-12T09:00:00'),
  };

  it('should list the period’s dossiers in register order on landscape pages', async () => {
    const doc = trackingRegister(
      HAC_THANH,
      { from: '2026-02-01', to: '2026-02-28' },
      [second, returned],
      vn('2026-03-01T08:00:00'),
    );
    expect(doc.landscape).toBe(true);
    const pdf = await renderOfficialDocumentPdf(doc, { creationDate: vn('2026-03-01T08:00:00') });
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'mau-07-so-theo-doi-ho-so.pdf'), pdf);
    const text = textOf(pdf).normalize('NFC');
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 01/02/2026 đến ngày 28/02/2026',
      'Tổng số: 2 hồ sơ.',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(text.indexOf('260212-0001')).toBeLessThan(text.indexOf('260212-0002'));
    expect(text).toContain('27/02/2026');
    // Dates fit their columns on one line.
    expect(text).not.toMatch(/\d\d\/\d\d\/\d{3}\s*\n/);
  });

  it('should export the same lines as CSV that a spreadsheet reads', () => {
    const csv = trackingRegisterCsv([second, returned]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'STT,Mã hồ sơ,Tên thủ tục hành chính,Số lượng hồ sơ (bộ),Tên cá nhân tổ chức,Địa chỉ số điện thoại,Cơ quan chủ trì giải quyết,Nhận hồ sơ,Hẹn trả kết quả,Chuyển hồ sơ đến cơ quan giải quyết,Nhận kết quả từ cơ quan giải quyết,Trả kết quả,Ký nhận,Ghi chú'
        .replace('Tên cá nhân tổ chức', '"Tên cá nhân, tổ chức"')
        .replace('Địa chỉ số điện thoại', '"Địa chỉ, số điện thoại"'),
    );
    expect(lines[1]).toMatch(/^125,H56\.147\.97-260212-0001,/);
    expect(lines[1]).toContain(
      ',12/02/2026,26/02/2026,12/02/2026,26/02/2026,27/02/2026,,Trả quá hạn',
    );
    expect(lines[2]).toContain('"Nguyễn Văn ""Tư"", con"');
  });

  it('should neutralise a citizen’s text that a spreadsheet would run as a formula', () => {
    const hostile: Dossier = {
      ...second,
      applicant: { fullName: '=HYPERLINK("http://x.example","Bấm vào đây")', phone: '0987654321' },
    };
    const lines = trackingRegisterCsv([hostile]).trimEnd().split('\r\n');

    expect(lines[1]).toContain(',"\'=HYPERLINK(""http://x.example"",""Bấm vào đây"")",');
  });

  it('should print an empty register for a period without dossiers', () => {
    const doc = trackingRegister(
      HAC_THANH,
      { from: '2026-02-01', to: '2026-02-01' },
      [],
      vn('2026-02-02T08:00:00'),
    );
    expect(doc.table?.rows).toEqual([]);
    expect(doc.closingParagraphs).toEqual(['Tổng số: 0 hồ sơ.']);
  });
});
