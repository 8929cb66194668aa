import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional } from 'class-validator';

import {
  CommuneCodeField,
  EnumField,
  IntField,
  MONTH_SHAPE,
  PatternField,
  TextField,
} from '@libs/service-kit';

import { CAMPAIGN_FRAMES, CAMPAIGN_KINDS, CampaignFrame, CampaignKind } from '../domain/campaign';

export class CreateCampaignRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @TextField({
    label: 'Tên đợt khảo sát',
    min: 1,
    max: 200,
    example: 'Khảo sát của Mặt trận Tổ quốc 6 tháng đầu năm 2026',
  })
  title: string;

  @EnumField({ label: 'Loại đợt khảo sát', values: CAMPAIGN_KINDS })
  kind: CampaignKind;

  @EnumField({
    label: 'Khung chọn mẫu',
    values: CAMPAIGN_FRAMES,
    optional: true,
    default: 'returned-dossiers',
    description: 'Sample returned dossiers, or residents at large (the Fatherland Front’s polls)',
  })
  frame?: CampaignFrame;

  @IntField({
    label: 'Số hộ gia đình',
    optional: true,
    example: 5200,
    description: 'Residents only: households in the commune (N)',
  })
  residentPopulation?: number;

  @TextField({
    label: 'Đơn vị tổ chức',
    min: 1,
    max: 200,
    optional: true,
    example: 'Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành',
  })
  organiser?: string;

  @PatternField({
    label: 'Tháng bắt đầu',
    ...MONTH_SHAPE,
    example: '2026-01',
    description: 'First month of returns sampled (YYYY-MM)',
  })
  periodFrom: string;

  @PatternField({
    label: 'Tháng kết thúc',
    ...MONTH_SHAPE,
    example: '2026-06',
    description: 'Last month of returns sampled (YYYY-MM)',
  })
  periodTo: string;

  @ApiPropertyOptional({ example: 0.05, description: 'Margin of error e; default from config' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 4 },
    { message: 'marginOfError phải là số, tối đa 4 chữ số thập phân' },
  )
  marginOfError?: number;

  @TextField({
    label: 'Mã khởi tạo ngẫu nhiên',
    min: 1,
    max: 100,
    optional: true,
    description: 'Seed of the draw, to reproduce it; random when absent',
  })
  seed?: string;
}
