import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  CONDUCT_GROUPS,
  CONDUCT_ITEMS,
  SIPAS_ELEMENTS,
} from '../../questionnaires/domain/measures';
import { IndexSheetRow } from '../domain/indexes-csv';
import { INDEX_DIMENSIONS } from '../domain/satisfaction-index';

export class Decision766Dto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Indicator 5.4: 1 − (late returns + answers rated 1–2) ÷ dossiers returned; null without returns',
  })
  value: number | null;

  @ApiProperty({ example: 0.9 })
  target: number;

  @ApiProperty({ nullable: true, type: Number, description: 'min(1, value ÷ target)' })
  attainment: number | null;
}

export class SipasScoreDto {
  @ApiProperty({ enum: SIPAS_ELEMENTS })
  element: string;

  @ApiProperty({ example: 'Tiếp cận dịch vụ' })
  label: string;

  @ApiProperty()
  answers: number;

  @ApiProperty({ nullable: true, type: Number })
  average: number | null;

  @ApiProperty({ nullable: true, type: Number })
  satisfactionRate: number | null;
}

export class ConductScoreDto {
  @ApiProperty({ enum: CONDUCT_ITEMS })
  item: string;

  @ApiProperty({ enum: CONDUCT_GROUPS })
  group: string;

  @ApiProperty({ example: 'Không trễ hẹn' })
  label: string;

  @ApiProperty()
  yes: number;

  @ApiProperty()
  no: number;

  @ApiProperty()
  notApplicable: number;

  @ApiProperty({ nullable: true, type: Number, description: 'yes ÷ (yes + no)' })
  yesShare: number | null;
}

export class IndexFiguresDto {
  @ApiProperty({
    description: 'Invitations sent (= dossiers returned, for the after-result survey)',
  })
  invitations: number;

  @ApiProperty()
  answers: number;

  @ApiProperty({ nullable: true, type: Number, description: 'answers ÷ invitations' })
  responseRate: number | null;

  @ApiProperty({ description: 'Answers with an overall rating of 4 or 5' })
  satisfied: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'The desk satisfaction rate (tỷ lệ hài lòng tại bộ phận một cửa): answers with an overall rating of 4 or 5 ÷ answers; not the SIPAS index of QĐ 1001/QĐ-BNV',
  })
  satisfactionRate: number | null;

  @ApiProperty({ description: 'Answers that opened a case (rating ≤ 2 or a conduct item "no")' })
  dissatisfied: number;

  @ApiProperty({ nullable: true, type: Number })
  overallAverage: number | null;

  @ApiProperty({ type: [Number], description: 'Answers per overall rating 1..5' })
  overallDistribution: number[];

  @ApiProperty({ type: Decision766Dto })
  decision766: Decision766Dto;

  @ApiProperty({ type: [SipasScoreDto] })
  sipas: SipasScoreDto[];

  @ApiProperty({ type: [ConductScoreDto] })
  conduct: ConductScoreDto[];
}

export class IndexRowResponseDto extends IndexFiguresDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiPropertyOptional({ example: '2026-11', nullable: true, type: String })
  period: string | null;

  @ApiProperty({ enum: INDEX_DIMENSIONS })
  dimension: string;

  @ApiProperty({ description: 'Procedure key or officer id; empty for the whole commune' })
  key: string;

  static from(row: IndexSheetRow): IndexRowResponseDto {
    return {
      communeCode: row.communeCode,
      communeName: row.communeName,
      period: row.period,
      dimension: row.dimension,
      key: row.dimensionKey,
      ...row.figures,
    };
  }
}
