import { CommuneCodeField, EnumField, MONTH_SHAPE, PatternField } from '@libs/service-kit';

import { INDEX_DIMENSIONS, IndexDimension } from '../domain/satisfaction-index';

export class IndexesQueryDto {
  @CommuneCodeField({ optional: true, description: 'All readable communes when absent' })
  communeCode?: string;

  @PatternField({
    label: 'Kỳ thống kê',
    ...MONTH_SHAPE,
    optional: true,
    example: '2026-11',
    description: 'Month of return (YYYY-MM)',
  })
  period?: string;

  @EnumField({ label: 'Tiêu chí phân tổ', values: INDEX_DIMENSIONS, optional: true })
  dimension?: IndexDimension;
}
