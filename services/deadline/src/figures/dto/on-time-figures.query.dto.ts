import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

export class OnTimeFiguresQueryDto {
  @ApiProperty({ example: '2026-11', description: 'Month in Vietnam time, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period phải có dạng YYYY-MM (tháng 01–12)' })
  period: string;

  @ApiPropertyOptional({
    example: '14797',
    description: 'One commune; without it, every commune the caller may read',
  })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;
}
