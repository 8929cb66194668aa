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
  /** Issuing body, e.g. ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẠC THÀNH']. */
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
  signatureBlock: { lines: string[]; signerName?: string };
  /** Items under "Nơi nhận:", e.g. ['- Như trên;', '- Lưu: VT.']. */
  recipientsBlock?: string[];
}

export interface PdfRenderOptions {
  /**
   * Stamped as the PDF CreationDate. Fixing it makes the output byte-for-byte reproducible
   * (pdfkit derives the file ID from it); when omitted, pdfkit uses the current time.
   */
  creationDate?: Date;
}
