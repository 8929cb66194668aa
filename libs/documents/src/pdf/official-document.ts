/** A label/value row, e.g. "Mã hồ sơ:" / "000.00.27.H56-261128-0001" on a Mẫu 01 slip. */
export interface DocumentField {
  label: string;
  value: string;
}

/**
 * One administrative document laid out per Decree 30/2020: issuer and national motto at the
 * top, place and date, title, salutation, body, signature on the right, recipients on the left.
 */
export interface OfficialDocument {
  /**
   * The direct parent body above the issuer, e.g. ['UBND PHƯỜNG HẠC THÀNH'] over a commune's
   * one-stop centre: upright and not bold (Decree 30/2020, Phụ lục I §II.2b).
   */
  parentBodyLines?: string[];
  /** Issuing body, bold, e.g. ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẠC THÀNH']. */
  issuerLines: string[];
  /** Without the "Số:" prefix, e.g. '125/UBND-VP'. */
  documentNumber?: string;
  /** e.g. 'Hạc Thành, ngày 28 tháng 11 năm 2026'. */
  placeAndDate: string;
  title: string;
  subtitle?: string;
  /** Full line, e.g. 'Kính gửi: Ông Nguyễn Văn An'. */
  salutation?: string;
  paragraphs: string[];
  fields?: DocumentField[];
  /** A ruled table after the fields, e.g. the rows of a register (Mẫu 07) or a control sheet. */
  table?: DocumentTable;
  /** Landscape A4, for a register whose columns do not fit upright. */
  landscape?: boolean;
  /** Paragraphs after the fields, e.g. a form's closing sentence after its numbered items. */
  closingParagraphs?: string[];
  signatureBlock: SignatureBlock;
  /**
   * A second signature on the left, e.g. "NGƯỜI NỘP HỒ SƠ" on a Mẫu 01 receipt; it takes the
   * place of "Nơi nhận", so a document has one or the other.
   */
  counterSignatureBlock?: SignatureBlock;
  /** Items under "Nơi nhận:", e.g. ['- Như trên;', '- Lưu: VT.']. */
  recipientsBlock?: string[];
  /** Notes under the signatures, full width, e.g. instructions to the citizen. */
  notes?: string[];
}

export interface DocumentTableColumn {
  /** Bold, centered; may hold line breaks. */
  header: string;
  /** Share of the text width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** A ruled table; its header row is repeated on every page it runs onto. */
export interface DocumentTable {
  columns: DocumentTableColumn[];
  /** One string per column in each row. */
  rows: string[][];
  /** Font size in points; 11 when not stated (registers use less). */
  fontSize?: number;
  /** Printed in the single row of an empty table, e.g. "Không có hồ sơ trong kỳ". */
  emptyText?: string;
}

export interface SignatureBlock {
  /** Bold capitals, e.g. ['NGƯỜI TIẾP NHẬN HỒ SƠ']. */
  lines: string[];
  /** Italic line under them, e.g. '(Ký và ghi rõ họ tên)'. */
  annotation?: string;
  signerName?: string;
}

export interface PdfRenderOptions {
  /**
   * Stamped as the PDF CreationDate. Fixing it makes the output byte-for-byte reproducible
   * (pdfkit derives the file ID from it); when omitted, pdfkit uses the current time.
   */
  creationDate?: Date;
}
