import { DomainError, FieldProblem } from '@libs/errors';

export const ReportErrors = {
  invalidPeriod: (fields: FieldProblem[]): DomainError =>
    new DomainError('REPORT.INVALID_PERIOD', 'invalid', 'Kỳ báo cáo chưa hợp lệ.', fields),
  unknownCommune: (code: string): DomainError =>
    new DomainError('REPORT.UNKNOWN_COMMUNE', 'not-found', `Không có xã, phường mã ${code}.`, [
      { field: 'communeCode', messages: [`Không có xã, phường mã ${code} trong danh mục 2025.`] },
    ]),
  unknownProvince: (code: string): DomainError =>
    new DomainError(
      'REPORT.UNKNOWN_PROVINCE',
      'not-found',
      `Không có tỉnh, thành phố mã ${code}.`,
      [
        {
          field: 'provinceCode',
          messages: [`Không có tỉnh, thành phố mã ${code} trong danh mục 2025.`],
        },
      ],
    ),
  provinceForbidden: (code: string): DomainError =>
    new DomainError(
      'TENANCY.FORBIDDEN',
      'forbidden',
      `Tài khoản không được xem báo cáo của tỉnh, thành phố ${code}.`,
    ),
};
