import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Either `period` or `from` and `to`; the forms and dates are checked by the domain. */
export class ReportQueryDto {
  @ApiPropertyOptional({
    example: '2022-Q1',
    description:
      'A named period in Vietnam time: YYYY (year), YYYY-H1|H2 (half-year), YYYY-Q1..Q4 (quarter), YYYY-MM (month) or YYYY-MM-DD (day)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'period quá dài' })
  period?: string;

  @ApiPropertyOptional({ example: '2022-01-01', description: 'First day (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'from phải có dạng YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2022-12-31', description: 'Last day (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'to phải có dạng YYYY-MM-DD' })
  to?: string;
}
