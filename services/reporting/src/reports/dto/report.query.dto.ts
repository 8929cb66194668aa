import { TextField } from '@libs/service-kit';

/** Either `period` or `from` and `to`; the forms and dates are checked by the domain. */
export class ReportQueryDto {
  @TextField({
    label: 'Kỳ báo cáo',
    min: 0,
    max: 10,
    optional: true,
    example: '2022-Q1',
    description:
      'A named period in Vietnam time: YYYY (year), YYYY-H1|H2 (half-year), YYYY-Q1..Q4 (quarter), YYYY-MM (month) or YYYY-MM-DD (day)',
  })
  period?: string;

  @TextField({
    label: 'Từ ngày',
    min: 0,
    max: 10,
    optional: true,
    example: '2022-01-01',
    description: 'First day (inclusive), YYYY-MM-DD',
  })
  from?: string;

  @TextField({
    label: 'Đến ngày',
    min: 0,
    max: 10,
    optional: true,
    example: '2022-12-31',
    description: 'Last day (inclusive), YYYY-MM-DD',
  })
  to?: string;
}
