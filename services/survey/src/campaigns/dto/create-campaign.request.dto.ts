import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import { CAMPAIGN_FRAMES, CAMPAIGN_KINDS, CampaignFrame, CampaignKind } from '../domain/campaign';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CreateCampaignRequestDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'Khảo sát của Mặt trận Tổ quốc 6 tháng đầu năm 2026' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: CAMPAIGN_KINDS })
  @IsIn(CAMPAIGN_KINDS, { message: 'kind phải là before-model, after-model hoặc periodic' })
  kind: CampaignKind;

  @ApiPropertyOptional({
    enum: CAMPAIGN_FRAMES,
    default: 'returned-dossiers',
    description: 'Sample returned dossiers, or residents at large (the Fatherland Front’s polls)',
  })
  @IsOptional()
  @IsIn(CAMPAIGN_FRAMES, { message: 'frame phải là returned-dossiers hoặc residents' })
  frame?: CampaignFrame;

  @ApiPropertyOptional({
    example: 5200,
    description: 'Residents only: households in the commune (N)',
  })
  @IsOptional()
  @IsInt({ message: 'residentPopulation phải là số nguyên' })
  residentPopulation?: number;

  @ApiPropertyOptional({ example: 'Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organiser?: string;

  @ApiProperty({ example: '2026-01', description: 'First month of returns sampled (YYYY-MM)' })
  @Matches(PERIOD, { message: 'periodFrom phải có dạng YYYY-MM' })
  periodFrom: string;

  @ApiProperty({ example: '2026-06', description: 'Last month of returns sampled (YYYY-MM)' })
  @Matches(PERIOD, { message: 'periodTo phải có dạng YYYY-MM' })
  periodTo: string;

  @ApiPropertyOptional({ example: 0.05, description: 'Margin of error e; default from config' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 4 },
    { message: 'marginOfError phải là số, tối đa 4 chữ số thập phân' },
  )
  marginOfError?: number;

  @ApiPropertyOptional({ description: 'Seed of the draw, to reproduce it; random when absent' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  seed?: string;
}
