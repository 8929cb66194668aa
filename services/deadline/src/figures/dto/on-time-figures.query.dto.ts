import { CommuneCodeField, MONTH_SHAPE, PatternField } from '@libs/service-kit';

export class OnTimeFiguresQueryDto {
  @PatternField({
    label: 'Kỳ thống kê',
    ...MONTH_SHAPE,
    example: '2026-11',
    description: 'Month in Vietnam time, YYYY-MM',
  })
  period: string;

  @CommuneCodeField({
    optional: true,
    description: 'One commune; without it, every commune the caller may read',
  })
  communeCode?: string;
}
