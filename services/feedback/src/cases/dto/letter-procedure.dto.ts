import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { BooleanField, EnumField, IntField, TextField } from '@libs/service-kit';

import {
  COMPLEXITIES,
  Complexity,
  STATUTORY_PROCEDURE_LABELS,
  STATUTORY_PROCEDURES,
  StatutoryProcedure,
  StatutoryRoute,
} from '../domain/letter-procedures';

const REASON = { label: 'Lý do', min: 1, max: 2000 };

export class RouteCaseRequestDto {
  @EnumField({
    label: 'Loại đơn',
    values: STATUTORY_PROCEDURES,
    description:
      'complaint (khiếu nại, Luật Khiếu nại 2011) or denunciation (tố cáo, Luật Tố cáo 2018)',
  })
  procedure: StatutoryProcedure;

  @TextField({
    ...REASON,
    description: 'Why the letter is a complaint or denunciation (phân loại đơn)',
  })
  reason: string;

  @BooleanField({
    label: 'Vùng sâu, vùng xa',
    optional: true,
    description:
      'The commune is in a remote area (vùng sâu, vùng xa): complaint periods of 45/60 days (Luật Khiếu nại Art. 28)',
  })
  remoteArea?: boolean;
}

export class AcceptCaseRequestDto {
  @EnumField({
    label: 'Mức độ',
    values: COMPLEXITIES,
    description:
      'complex: complaint 45 days (60 remote); denunciation one extension. especially-complex: denunciation only, two extensions',
  })
  complexity: Complexity;
}

export class ExtendCaseRequestDto {
  @IntField({
    label: 'Số ngày gia hạn',
    min: 1,
    max: 30,
    unit: 'ngày',
    basis: 'Luật Tố cáo, Điều 30',
    description: 'Days of extension (≤ 30 each)',
  })
  days: number;

  @TextField({ ...REASON, description: 'Reason stated in the written extension decision' })
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
