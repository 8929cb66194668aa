import { DateField, EnumField } from '@libs/service-kit';

/** The period and format of a commune's "sổ theo dõi hồ sơ" (Mẫu 07). */
export class DossierRegisterQueryDto {
  @DateField({
    label: 'Từ ngày',
    example: '2026-02-01',
    description: 'First day (Vietnam date), included',
  })
  from: string;

  @DateField({
    label: 'Đến ngày',
    example: '2026-02-28',
    description: 'Last day (Vietnam date), included',
  })
  to: string;

  @EnumField({ label: 'Định dạng', values: ['pdf', 'csv'], optional: true, default: 'pdf' })
  format?: 'pdf' | 'csv';
}
