import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { FiguresSection, OnTimeReport } from '../application/on-time-figures.service';
import { OnTimeFigures } from '../domain/on-time-figures';

export class OnTimeFiguresDto implements OnTimeFigures {
  @ApiProperty({ description: 'Dossiers received (feedback cases opened with a deadline)' })
  received: number;

  @ApiProperty({ description: 'Results returned (feedback cases answered)' })
  returned: number;

  @ApiProperty({ description: 'Returned by the original appointment' })
  returnedOnTime: number;

  @ApiProperty({ description: 'Returned after the original appointment' })
  late: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.9875, description: '0–1' })
  onTimeRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2.4,
    description: 'Office hours from receipt to return ÷ 8, averaged',
  })
  averageProcessingWorkingDays: number | null;
}

export class CommuneFiguresDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ type: OnTimeFiguresDto })
  figures: OnTimeFiguresDto;
}

export class CategoryFiguresDto {
  @ApiProperty({ example: 'birth-registration', description: 'Procedure key or case kind' })
  key: string;

  @ApiProperty({ type: OnTimeFiguresDto })
  figures: OnTimeFiguresDto;
}

export class OfficerFiguresDto {
  @ApiProperty({ example: 'officer-14797', description: "The receiving officer's subject id" })
  officerId: string;

  @ApiProperty({ type: OnTimeFiguresDto })
  figures: OnTimeFiguresDto;
}

export class FiguresSectionDto implements FiguresSection {
  @ApiProperty({ type: OnTimeFiguresDto })
  total: OnTimeFiguresDto;

  @ApiProperty({ type: [CommuneFiguresDto] })
  byCommune: CommuneFiguresDto[];

  @ApiProperty({ type: [CategoryFiguresDto] })
  byCategory: CategoryFiguresDto[];

  @ApiProperty({ type: [OfficerFiguresDto] })
  byOfficer: OfficerFiguresDto[];
}

export class OnTimeFiguresResponseDto implements OnTimeReport {
  @ApiProperty({ example: '2026-11' })
  period: string;

  @ApiPropertyOptional({ example: '14797' })
  communeCode?: string;

  @ApiProperty({ type: FiguresSectionDto, description: 'Dossiers, by procedure in byCategory' })
  dossiers: FiguresSectionDto;

  @ApiProperty({
    type: FiguresSectionDto,
    description: 'Feedback cases with a response deadline, by case kind in byCategory',
  })
  feedbackCases: FiguresSectionDto;
}
