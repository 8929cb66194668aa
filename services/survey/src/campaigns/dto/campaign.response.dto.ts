import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IndexFigures } from '../../indexes/domain/satisfaction-index';
import { IndexFiguresDto } from '../../indexes/dto/index-row.response.dto';
import {
  Campaign,
  CAMPAIGN_FRAME_LABELS,
  CAMPAIGN_FRAMES,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
} from '../domain/campaign';

export class CampaignResponseDto {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: CAMPAIGN_KINDS })
  kind: string;

  @ApiProperty({ example: 'Định kỳ' })
  kindLabel: string;

  @ApiProperty()
  organiser: string;

  @ApiProperty({ example: '2026-01' })
  periodFrom: string;

  @ApiProperty({ example: '2026-06' })
  periodTo: string;

  @ApiProperty({ example: 0.05 })
  marginOfError: number;

  @ApiProperty({ description: 'With the frame, reproduces the draw' })
  seed: string;

  @ApiProperty({ description: 'N: dossiers returned in the period' })
  population: number;

  @ApiProperty({ enum: CAMPAIGN_FRAMES })
  frame: string;

  @ApiProperty({ example: 'Người dân trên địa bàn (không gắn với hồ sơ)' })
  frameLabel: string;

  @ApiProperty({ description: 'n = ⌈N / (1 + N·e²)⌉' })
  sampleSize: number;

  @ApiProperty()
  questionnaireVersion: number;

  @ApiProperty({ enum: ['sampling', 'open'] })
  status: string;

  @ApiProperty()
  invitationsIssued: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ type: IndexFiguresDto })
  results?: IndexFiguresDto;

  static from(campaign: Campaign, figures?: IndexFigures): CampaignResponseDto {
    return {
      campaignId: campaign.id,
      communeCode: campaign.communeCode,
      title: campaign.title,
      kind: campaign.kind,
      kindLabel: CAMPAIGN_KIND_LABELS[campaign.kind],
      frame: campaign.frame,
      frameLabel: CAMPAIGN_FRAME_LABELS[campaign.frame],
      organiser: campaign.organiser,
      periodFrom: campaign.periodFrom,
      periodTo: campaign.periodTo,
      marginOfError: campaign.marginOfError,
      seed: campaign.seed,
      population: campaign.population,
      sampleSize: campaign.sampleSize,
      questionnaireVersion: campaign.questionnaireVersion,
      status: campaign.status,
      invitationsIssued: campaign.invitationsIssued,
      createdAt: campaign.createdAt.toISOString(),
      ...(figures ? { results: figures } : {}),
    };
  }
}
