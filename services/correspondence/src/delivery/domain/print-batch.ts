import { DomainError } from '@libs/errors';

export interface PrintBatch {
  id: string;
  communeCode: string;
  provinceCode: string;
  /** Vietnam calendar date (YYYY-MM-DD). */
  date: string;
  letterIds: string[];
  createdAt: Date;
  createdBy: string;
}

/** Letters one batch holds at most: a morning's printing, not the whole backlog of a year. */
export const PRINT_BATCH_LIMIT = 300;

export const PrintBatchErrors = {
  notFound: (id: string): DomainError =>
    new DomainError('PRINT_BATCH.NOT_FOUND', 'not-found', `Không tìm thấy lô in ${id}.`),
  unknownCommune: (code: string): DomainError =>
    new DomainError('COMMUNE.UNKNOWN', 'not-found', `Không có xã, phường mã ${code}.`),
  future: (date: string): DomainError =>
    new DomainError('PRINT_BATCH.INVALID', 'invalid', 'Lô in chưa hợp lệ.', [
      { field: 'date', messages: [`Ngày ${date} chưa đến.`] },
    ]),
  nothingToPrint: (communeCode: string, date: string): DomainError =>
    new DomainError(
      'PRINT_BATCH.NOTHING_TO_PRINT',
      'conflict',
      `Xã, phường ${communeCode} không có thư nào chờ in đến hết ngày ${date}.`,
    ),
};
