import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { IsCalendarDate } from '@libs/service-kit';

/** The period and format of a commune's "sổ theo dõi hồ sơ" (Mẫu 07). */
export class DossierRegisterQueryDto {
  @ApiProperty({ example: '2026-02-01', description: 'First day (Vietnam date), included' })
  @IsCalendarDate({ message: 'from phải là một ngày có thật, dạng YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-02-28', description: 'Last day (Vietnam date), included' })
  @IsCalendarDate({ message: 'to phải là một ngày có thật, dạng YYYY-MM-DD' })
  to: string;

  @ApiPropertyOptional({ enum: ['pdf', 'csv'], default: 'pdf' })
  @IsOptional()
  @IsIn(['pdf', 'csv'], { message: 'format là pdf hoặc csv' })
  format?: 'pdf' | 'csv';
}
