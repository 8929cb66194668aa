import PDFDocument from 'pdfkit';

import { toNfc } from '../text/normalize-text';
import { loadFonts } from './fonts';
import type {
  DocumentTable,
  OfficialDocument,
  PdfRenderOptions,
  SignatureBlock,
} from './official-document';

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;

/** Decree 30/2020 page set-up: A4, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

/** Font sizes in points, within the ranges Decree 30 gives for each element. */
const SIZE = {
  issuer: 13,
  issuerMinimum: 12,
  nationalName: 13,
  motto: 13,
  number: 13,
  placeAndDate: 13,
  title: 14,
  subtitle: 13,
  body: 13,
  signature: 13,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Share of the text width taken by the left column (issuer, number, recipients): an issuer line
 * of up to about 24 capitals fits at 12 pt; longer lines wrap.
 */
const LEFT_COLUMN_SHARE = 0.4;
const RULE_OFFSET = 3.5;
const GUTTER = 10;
const PARAGRAPH_INDENT = 10 * MM;
const LINE_GAP = 2;
/** Room left blank for the handwritten signature and the seal. */
const SIGNATURE_SPACE = 62;

const FONT = { regular: 'regular', bold: 'bold', italic: 'italic', boldItalic: 'bold-italic' };

interface Columns {
  left: number;
  width: number;
  leftWidth: number;
  rightX: number;
  rightWidth: number;
}

function columnsOf(pdf: Pdf): Columns {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const split = width * LEFT_COLUMN_SHARE;
  // The gutter keeps a long issuer line from running into the national name beside it.
  return {
    left,
    width,
    leftWidth: split - GUTTER,
    rightX: left + split,
    rightWidth: width - split,
  };
}

/** A new page in the layout of the current one (a landscape register stays landscape). */
function nextPage(pdf: Pdf): void {
  const layout = pdf.page.layout === 'landscape' ? 'landscape' : 'portrait';
  pdf.addPage({ size: 'A4', margins: MARGINS, layout });
}

function bottomOf(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/**
 * Largest size, from `preferred` down to `minimum`, at which every line fits its column on one
 * line; headings that still do not fit then wrap at `minimum`.
 */
function fitFontSize(
  pdf: Pdf,
  lines: readonly string[],
  preferred: number,
  minimum: number,
  width: number,
): number {
  let size = preferred;
  const fits = (): boolean =>
    lines.every((line) => pdf.fontSize(size).widthOfString(line) <= width);
  while (size > minimum && !fits()) {
    size -= 0.5;
  }
  return size;
}

/** Every text of the document in NFC, whatever its nesting; other values as they are. */
function normalizeDocument<T>(value: T): T {
  if (typeof value === 'string') {
    return toNfc(value) as T;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => normalizeDocument(item)) as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, normalizeDocument(field)]),
    ) as T;
  }
  return value;
}

function assertRenderable(doc: OfficialDocument): void {
  const problems: string[] = [];
  if (doc.issuerLines.every((line) => line.trim() === '')) {
    problems.push('issuerLines is empty');
  }
  if (doc.title.trim() === '') {
    problems.push('title is empty');
  }
  if (doc.placeAndDate.trim() === '') {
    problems.push('placeAndDate is empty');
  }
  if (doc.counterSignatureBlock && (doc.recipientsBlock ?? []).length > 0) {
    problems.push('a counter-signature and "Nơi nhận" share the left column: use one');
  }
  const table = doc.table;
  if (table) {
    if (table.columns.length === 0 || table.columns.some((column) => !(column.weight > 0))) {
      problems.push('table columns need a positive weight each');
    }
    if (table.rows.some((row) => row.length !== table.columns.length)) {
      problems.push('every table row needs one cell per column');
    }
  }
  if (problems.length > 0) {
    throw new Error(`Official document cannot be rendered: ${problems.join('; ')}`);
  }
}

/**
 * The issuer column's lines with their weight: the parent body upright and not bold, the
 * issuing body bold (Decree 30/2020, Phụ lục I §II.2b).
 */
export function issuerColumn(doc: OfficialDocument): { text: string; bold: boolean }[] {
  return [
    ...(doc.parentBodyLines ?? []).map((text) => ({ text, bold: false })),
    ...doc.issuerLines.map((text) => ({ text, bold: true })),
  ];
}

/** Issuer and number on the left, national name, motto and date on the right. */
function drawHeader(pdf: Pdf, doc: OfficialDocument): void {
  const c = columnsOf(pdf);
  const top = pdf.page.margins.top;

  const column = issuerColumn(doc);
  pdf.font(FONT.bold);
  const issuerSize = fitFontSize(
    pdf,
    column.map((line) => line.text),
    SIZE.issuer,
    SIZE.issuerMinimum,
    c.leftWidth,
  );
  let leftY = top;
  let widestIssuer = 0;
  for (const line of column) {
    pdf.font(line.bold ? FONT.bold : FONT.regular).fontSize(issuerSize);
    if (line.bold) {
      widestIssuer = Math.max(widestIssuer, Math.min(pdf.widthOfString(line.text), c.leftWidth));
    }
    pdf.text(line.text, c.left, leftY, { width: c.leftWidth, align: 'center', lineGap: 0 });
    leftY = pdf.y;
  }
  // Decree 30: a solid rule 1/3 to 1/2 as long as the issuer line, centered under it.
  const issuerRule = widestIssuer * 0.4;
  const issuerRuleX = c.left + (c.leftWidth - issuerRule) / 2;
  // Drawn below the descent, so dots under letters (ạ, ộ) stay clear of the rule.
  leftY += RULE_OFFSET;
  pdf
    .moveTo(issuerRuleX, leftY)
    .lineTo(issuerRuleX + issuerRule, leftY)
    .lineWidth(0.6)
    .stroke();

  pdf.font(FONT.bold);
  pdf.fontSize(fitFontSize(pdf, [NATIONAL_NAME], SIZE.nationalName, 12, c.rightWidth));
  pdf.text(NATIONAL_NAME, c.rightX, top, { width: c.rightWidth, align: 'center', lineGap: 0 });
  pdf.fontSize(fitFontSize(pdf, [MOTTO], SIZE.motto, 12, c.rightWidth));
  const mottoY = pdf.y;
  pdf.text(MOTTO, c.rightX, mottoY, { width: c.rightWidth, align: 'center', lineGap: 0 });
  // Decree 30: a solid rule as long as the motto line itself.
  const mottoWidth = pdf.widthOfString(MOTTO);
  const mottoRuleX = c.rightX + (c.rightWidth - mottoWidth) / 2;
  const rightY = pdf.y + RULE_OFFSET;
  pdf
    .moveTo(mottoRuleX, rightY)
    .lineTo(mottoRuleX + mottoWidth, rightY)
    .lineWidth(0.6)
    .stroke();

  // Number and place/date share one row, as on a printed official letter.
  const rowY = Math.max(leftY, rightY) + 8;
  let afterLeft = rowY;
  if (doc.documentNumber !== undefined && doc.documentNumber.trim() !== '') {
    pdf.font(FONT.regular).fontSize(SIZE.number);
    pdf.text(`Số: ${doc.documentNumber}`, c.left, rowY, { width: c.leftWidth, align: 'center' });
    afterLeft = pdf.y;
  }
  pdf.font(FONT.italic).fontSize(SIZE.placeAndDate);
  pdf.text(doc.placeAndDate, c.rightX, rowY, { width: c.rightWidth, align: 'center' });
  pdf.x = c.left;
  pdf.y = Math.max(afterLeft, pdf.y);
}

function drawTitleAndSalutation(pdf: Pdf, doc: OfficialDocument): void {
  const c = columnsOf(pdf);
  pdf.y += 22;
  pdf.font(FONT.bold).fontSize(SIZE.title);
  pdf.text(doc.title, c.left, pdf.y, { width: c.width, align: 'center', lineGap: LINE_GAP });
  if (doc.subtitle !== undefined && doc.subtitle.trim() !== '') {
    pdf.font(FONT.bold).fontSize(SIZE.subtitle);
    pdf.text(doc.subtitle, c.left, pdf.y, { width: c.width, align: 'center', lineGap: LINE_GAP });
  }
  if (doc.salutation !== undefined && doc.salutation.trim() !== '') {
    pdf.y += 12;
    pdf.font(FONT.regular).fontSize(SIZE.body);
    pdf.text(doc.salutation, c.left, pdf.y, {
      width: c.width,
      align: 'center',
      lineGap: LINE_GAP,
    });
  }
  pdf.y += 10;
}

/** Paragraphs of running text: body size, justified, first line indented. */
function drawParagraphs(pdf: Pdf, c: Columns, paragraphs: readonly string[]): void {
  pdf.font(FONT.regular).fontSize(SIZE.body);
  for (const paragraph of paragraphs) {
    pdf.text(paragraph, c.left, pdf.y, {
      width: c.width,
      align: 'justify',
      indent: PARAGRAPH_INDENT,
      lineGap: LINE_GAP,
      paragraphGap: 6,
    });
  }
}

function drawBody(pdf: Pdf, doc: OfficialDocument): void {
  const c = columnsOf(pdf);
  drawParagraphs(pdf, c, doc.paragraphs);
  for (const field of doc.fields ?? []) {
    pdf.font(FONT.regular).fontSize(SIZE.body);
    if (field.value.trim() === '') {
      // A heading row (e.g. "1. Thành phần hồ sơ nộp gồm:" over its items): no value to continue.
      pdf.text(field.label, c.left, pdf.y, {
        width: c.width,
        indent: PARAGRAPH_INDENT,
        lineGap: LINE_GAP,
        paragraphGap: 4,
      });
      continue;
    }
    // Label in regular weight, value in bold, on one wrapped line.
    pdf.text(`${field.label} `, c.left, pdf.y, {
      width: c.width,
      indent: PARAGRAPH_INDENT,
      lineGap: LINE_GAP,
      continued: true,
    });
    pdf.font(FONT.bold).text(field.value, { paragraphGap: 4 });
  }
  if (doc.table) {
    drawTable(pdf, doc.table);
  }
  drawParagraphs(pdf, c, doc.closingParagraphs ?? []);
}

const CELL_PADDING = 3;

/**
 * A ruled table at full text width: bold header row, cells wrapped in their column, a row never
 * split across pages, and the header repeated at the top of each following page.
 */
function drawTable(pdf: Pdf, table: DocumentTable): void {
  const c = columnsOf(pdf);
  const size = table.fontSize ?? 11;
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (column.weight / total) * c.width);
  const lefts = widths.map(
    (_, index) => c.left + widths.slice(0, index).reduce((a, b) => a + b, 0),
  );
  const rows =
    table.rows.length === 0
      ? [[table.emptyText ?? '', ...table.columns.slice(1).map(() => '')]]
      : table.rows;
  const spanEmpty = table.rows.length === 0;

  const rowHeight = (cells: readonly string[], bold: boolean): number => {
    pdf.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    if (spanEmpty && !bold) {
      return (
        pdf.heightOfString(cells[0] ?? '', { width: c.width - 2 * CELL_PADDING }) + 2 * CELL_PADDING
      );
    }
    return (
      Math.max(
        ...cells.map((cell, index) =>
          pdf.heightOfString(cell === '' ? ' ' : cell, {
            width: (widths[index] ?? 0) - 2 * CELL_PADDING,
          }),
        ),
      ) +
      2 * CELL_PADDING
    );
  };
  const drawRow = (cells: readonly string[], top: number, height: number, bold: boolean): void => {
    pdf
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .lineWidth(0.5);
    if (spanEmpty && !bold) {
      pdf.rect(c.left, top, c.width, height).stroke();
      pdf.text(cells[0] ?? '', c.left + CELL_PADDING, top + CELL_PADDING, {
        width: c.width - 2 * CELL_PADDING,
        align: 'center',
      });
      return;
    }
    cells.forEach((cell, index) => {
      const x = lefts[index] ?? c.left;
      const width = widths[index] ?? 0;
      pdf.rect(x, top, width, height).stroke();
      pdf.text(cell, x + CELL_PADDING, top + CELL_PADDING, {
        width: width - 2 * CELL_PADDING,
        align: bold ? 'center' : (table.columns[index]?.align ?? 'left'),
      });
    });
  };

  const headers = table.columns.map((column) => column.header);
  const headerHeight = rowHeight(headers, true);
  let y = pdf.y + 6;
  if (y + headerHeight + rowHeight(rows[0] ?? [], false) > bottomOf(pdf)) {
    nextPage(pdf);
    y = pdf.page.margins.top;
  }
  drawRow(headers, y, headerHeight, true);
  y += headerHeight;
  for (const row of rows) {
    const height = rowHeight(row, false);
    if (y + height > bottomOf(pdf)) {
      nextPage(pdf);
      y = pdf.page.margins.top;
      drawRow(headers, y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(row, y, height, false);
    y += height;
  }
  pdf.x = c.left;
  pdf.y = y + 8;
}

/** Height a block of centered lines takes in a column, for the keep-together check. */
function linesHeight(pdf: Pdf, lines: readonly string[], width: number): number {
  return lines.reduce(
    (sum, line) => sum + pdf.heightOfString(line, { width, lineGap: LINE_GAP }),
    0,
  );
}

/** Height of a signature block: capitals, annotation, room to sign, signer's name. */
function signatureHeight(pdf: Pdf, block: SignatureBlock, width: number): number {
  pdf.font(FONT.bold).fontSize(SIZE.signature);
  let height = linesHeight(pdf, block.lines, width) + SIGNATURE_SPACE;
  if (block.signerName !== undefined) {
    height += linesHeight(pdf, [block.signerName], width);
  }
  if (block.annotation !== undefined) {
    pdf.font(FONT.italic).fontSize(SIZE.signature);
    height += linesHeight(pdf, [block.annotation], width);
  }
  return height;
}

/** One signature block centered in its column from `top`; returns its bottom. */
function drawSignature(
  pdf: Pdf,
  block: SignatureBlock,
  x: number,
  width: number,
  top: number,
): number {
  pdf.font(FONT.bold).fontSize(SIZE.signature);
  pdf.y = top;
  for (const line of block.lines) {
    pdf.text(line, x, pdf.y, { width, align: 'center', lineGap: LINE_GAP });
  }
  if (block.annotation !== undefined) {
    pdf.font(FONT.italic).fontSize(SIZE.signature);
    pdf.text(block.annotation, x, pdf.y, { width, align: 'center', lineGap: LINE_GAP });
  }
  if (block.signerName !== undefined) {
    pdf.font(FONT.bold).fontSize(SIZE.signature);
    pdf.text(block.signerName, x, pdf.y + SIGNATURE_SPACE, {
      width,
      align: 'center',
      lineGap: LINE_GAP,
    });
  } else {
    pdf.y += SIGNATURE_SPACE;
  }
  return pdf.y;
}

/**
 * Signature on the right and, on the left starting on the same row, "Nơi nhận:" or a second
 * signature (the person who handed in the dossier); notes follow at full width.
 */
function drawClosing(pdf: Pdf, doc: OfficialDocument): void {
  const c = columnsOf(pdf);
  const recipients = doc.recipientsBlock ?? [];
  const counter = doc.counterSignatureBlock;
  // Two signatures side by side get equal halves; a signature and "Nơi nhận" keep the split.
  const leftWidth = counter ? c.width / 2 - GUTTER : c.leftWidth;
  const rightX = counter ? c.left + c.width / 2 : c.rightX;
  const rightWidth = counter ? c.width / 2 : c.rightWidth;

  const rightHeight = signatureHeight(pdf, doc.signatureBlock, rightWidth);
  pdf.font(FONT.regular).fontSize(SIZE.recipients);
  const leftHeight = counter
    ? signatureHeight(pdf, counter, leftWidth)
    : recipients.length === 0
      ? 0
      : 16 + linesHeight(pdf, recipients, leftWidth);

  let top = pdf.y + 10;
  // The signature blocks are never split from their signers: move them whole to a new page.
  if (top + Math.max(rightHeight, leftHeight) > bottomOf(pdf)) {
    nextPage(pdf);
    top = pdf.page.margins.top;
  }

  const signatureBottom = drawSignature(pdf, doc.signatureBlock, rightX, rightWidth, top);

  let leftBottom = top;
  if (counter) {
    leftBottom = drawSignature(pdf, counter, c.left, leftWidth, top);
  } else if (recipients.length > 0) {
    pdf.font(FONT.boldItalic).fontSize(SIZE.recipientsLabel);
    pdf.text('Nơi nhận:', c.left, top, { width: leftWidth, lineGap: 1 });
    pdf.font(FONT.regular).fontSize(SIZE.recipients);
    for (const line of recipients) {
      pdf.text(line, c.left, pdf.y, { width: leftWidth, lineGap: 1 });
    }
    leftBottom = pdf.y;
  }
  pdf.x = c.left;
  pdf.y = Math.max(signatureBottom, leftBottom);
  drawNotes(pdf, doc.notes ?? []);
}

/** Notes at full width under the signatures, in a smaller size. */
function drawNotes(pdf: Pdf, notes: readonly string[]): void {
  if (notes.length === 0) {
    return;
  }
  const c = columnsOf(pdf);
  pdf.font(FONT.regular).fontSize(SIZE.recipients);
  if (pdf.y + 14 + linesHeight(pdf, notes, c.width) > bottomOf(pdf)) {
    nextPage(pdf);
    pdf.y = pdf.page.margins.top;
  } else {
    pdf.y += 14;
  }
  for (const note of notes) {
    pdf.text(note, c.left, pdf.y, { width: c.width, lineGap: 1 });
  }
}

/** Decree 30: from the second page on, the page number sits centered in the top margin. */
function numberFollowingPages(pdf: Pdf, firstPage: number, pageCount: number): void {
  for (let index = 1; index < pageCount; index += 1) {
    pdf.switchToPage(firstPage + index);
    const c = columnsOf(pdf);
    pdf.font(FONT.regular).fontSize(SIZE.pageNumber);
    pdf.text(String(index + 1), c.left, pdf.page.margins.top / 2 - SIZE.pageNumber / 2, {
      width: c.width,
      align: 'center',
      lineBreak: false,
    });
  }
}

function drawDocument(pdf: Pdf, doc: OfficialDocument): void {
  drawHeader(pdf, doc);
  drawTitleAndSalutation(pdf, doc);
  drawBody(pdf, doc);
  drawClosing(pdf, doc);
}

function renderToBuffer(
  docs: readonly OfficialDocument[],
  options: PdfRenderOptions,
  title: string,
): Promise<Buffer> {
  try {
    const normalized = docs.map(normalizeDocument);
    normalized.forEach(assertRenderable);
    return layOut(normalized, options, toNfc(title));
  } catch (error) {
    // Callers get one failure channel: a rejected promise, never a synchronous throw.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function layOut(
  normalized: readonly OfficialDocument[],
  options: PdfRenderOptions,
  title: string,
): Promise<Buffer> {
  const fonts = loadFonts();

  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    autoFirstPage: false,
    // Page numbers are written after each document is laid out, so pages stay editable.
    bufferPages: true,
    lang: 'vi-VN',
    info: {
      Title: title,
      Producer: 'libs/documents (pdfkit)',
      Creator: 'libs/documents',
      ...(options.creationDate === undefined ? {} : { CreationDate: options.creationDate }),
    },
  });
  pdf.registerFont(FONT.regular, fonts.regular);
  pdf.registerFont(FONT.bold, fonts.bold);
  pdf.registerFont(FONT.italic, fonts.italic);
  pdf.registerFont(FONT.boldItalic, fonts.boldItalic);

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      for (const doc of normalized) {
        // Every document starts on a fresh page, so a print batch can be split by hand.
        pdf.addPage({
          size: 'A4',
          margins: MARGINS,
          layout: doc.landscape ? 'landscape' : 'portrait',
        });
        const firstPage = pdf.bufferedPageRange().count - 1;
        drawDocument(pdf, doc);
        const pageCount = pdf.bufferedPageRange().count - firstPage;
        numberFollowingPages(pdf, firstPage, pageCount);
        pdf.switchToPage(firstPage + pageCount - 1);
      }
      pdf.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** One official document as an A4 PDF with embedded Noto Serif (Vietnamese-complete). */
export function renderOfficialDocumentPdf(
  doc: OfficialDocument,
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  return renderToBuffer([doc], options, doc.title);
}

/** A daily print batch: one PDF, each document starting on a new A4 page. */
export function renderDocumentsBatchPdf(
  docs: readonly OfficialDocument[],
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  if (docs.length === 0) {
    return Promise.reject(new Error('A PDF batch needs at least one document'));
  }
  return renderToBuffer(docs, options, `Lô in ${docs.length} văn bản`);
}
