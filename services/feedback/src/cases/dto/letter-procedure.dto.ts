import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import {
  COMPLEXITIES,
  Complexity,
  STATUTORY_PROCEDURE_LABELS,
  STATUTORY_PROCEDURES,
  StatutoryProcedure,
  StatutoryRoute,
} from '../domain/letter-procedures';

export class RouteCaseRequestDto {
  @ApiProperty({
    enum: STATUTORY_PROCEDURES,
    description:
      'complaint (khiếu nại, Luật Khiếu nại 2011) or denunciation (tố cáo, Luật Tố cáo 2018)',
  })
  @IsIn(STATUTORY_PROCEDURES, { message: 'Loại đơn là complaint hoặc denunciation.' })
  procedure: StatutoryProcedure;

  @ApiProperty({ description: 'Why the letter is a complaint or denunciation (phân loại đơn)' })
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(1, 2000, { message: 'Lý do dài từ 1 đến 2000 ký tự.' })
  reason: string;

  @ApiPropertyOptional({
    description:
      'The commune is in a remote area (vùng sâu, vùng xa): complaint periods of 45/60 days (Luật Khiếu nại Art. 28)',
  })
  @IsOptional()
  @IsBoolean({ message: 'remoteArea là true hoặc false.' })
  remoteArea?: boolean;
}

export class AcceptCaseRequestDto {
  @ApiProperty({
    enum: COMPLEXITIES,
    description:
      'complex: complaint 45 days (60 remote); denunciation one extension. especially-complex: denunciation only, two extensions',
  })
  @IsIn(COMPLEXITIES, {
    message: 'Mức độ là normal, complex hoặc especially-complex.',
  })
  complexity: Complexity;
}

export class ExtendCaseRequestDto {
  @ApiProperty({ minimum: 1, maximum: 30, description: 'Days of extension (≤ 30 each)' })
  @IsInt({ message: 'Số ngày gia hạn phải là số nguyên.' })
  @Min(1, { message: 'Số ngày gia hạn ít nhất là 1.' })
  @Max(30, { message: 'Mỗi lần gia hạn không quá 30 ngày (Luật Tố cáo, Điều 30).' })
  days: number;

  @ApiProperty({ description: 'Reason stated in the written extension decision' })
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(1, 2000, { message: 'Lý do dài từ 1 đến 2000 ký tự.' })
  reason: string;
}

export class StatutoryRouteDto {
  @ApiProperty({ enum: STATUTORY_PROCEDURES })
  procedure: StatutoryProcedure;

  @ApiProperty()
  procedureLabel: string;

  @ApiProperty({ format: 'date-time' })
  routedAt: string;

  @ApiProperty()
  reason: string;

  @ApiProperty()
  remoteArea: boolean;

  @ApiProperty({ format: 'date-time', description: 'Last moment to accept (thụ lý) or refuse' })
  acceptanceDueAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  acceptedAt?: string;

  @ApiPropertyOptional({ enum: COMPLEXITIES })
  complexity?: Complexity;

  @ApiPropertyOptional({ format: 'date-time', description: 'Statutory end of resolution' })
  resolutionDueAt?: string;

  @ApiProperty({ description: 'Extensions decided so far' })
  extensionCount: number;

  static from(route: StatutoryRoute): StatutoryRouteDto {
    return {
      procedure: route.procedure,
      procedureLabel: STATUTORY_PROCEDURE_LABELS[route.procedure],
      routedAt: route.routedAt.toISOString(),
      reason: route.reason,
      remoteArea: route.remoteArea,
      acceptanceDueAt: route.acceptanceDueAt.toISOString(),
      ...(route.acceptedAt ? { acceptedAt: route.acceptedAt.toISOString() } : {}),
      ...(route.complexity ? { complexity: route.complexity } : {}),
      ...(route.resolutionDueAt ? { resolutionDueAt: route.resolutionDueAt.toISOString() } : {}),
      extensionCount: route.extensions.length,
    };
  }
}
