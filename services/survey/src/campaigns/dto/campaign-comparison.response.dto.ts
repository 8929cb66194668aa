import { ApiProperty } from '@nestjs/swagger';

import { CONDUCT_ITEMS, SIPAS_ELEMENTS } from '../../questionnaires/domain/measures';
import { CampaignResults } from '../application/campaigns.service';
import { CampaignComparison } from '../domain/campaign-comparison';
import { CampaignResponseDto } from './campaign.response.dto';

export class ChangeDto {
  @ApiProperty({ nullable: true, type: Number })
  before: number | null;

  @ApiProperty({ nullable: true, type: Number })
  after: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'after − before' })
  change: number | null;
}

export class SipasChangeDto extends ChangeDto {
  @ApiProperty({ enum: SIPAS_ELEMENTS })
  element: string;

  @ApiProperty()
  label: string;
}

export class ConductChangeDto extends ChangeDto {
  @ApiProperty({ enum: CONDUCT_ITEMS })
  item: string;

  @ApiProperty()
  group: string;

  @ApiProperty()
  label: string;
}

export class CampaignComparisonResponseDto {
  @ApiProperty({ type: CampaignResponseDto })
  before: CampaignResponseDto;

  @ApiProperty({ type: CampaignResponseDto })
  after: CampaignResponseDto;

  @ApiProperty({
    type: ChangeDto,
    description:
      'Desk satisfaction rate (tỷ lệ hài lòng tại bộ phận một cửa: ratings 4–5 ÷ answers), not the SIPAS index',
  })
  satisfactionRate: ChangeDto;

  @ApiProperty({ type: ChangeDto })
  responseRate: ChangeDto;

  @ApiProperty({ type: ChangeDto })
  overallAverage: ChangeDto;

  @ApiProperty({ type: [SipasChangeDto], description: 'Average rating per SIPAS element' })
  sipas: SipasChangeDto[];

  @ApiProperty({ type: [ConductChangeDto], description: 'Share of "yes" per 5-3-4 item' })
  conduct: ConductChangeDto[];

  static from(
    before: CampaignResults,
    after: CampaignResults,
    comparison: CampaignComparison,
  ): CampaignComparisonResponseDto {
    return {
      before: CampaignResponseDto.from(before.campaign, before.figures),
      after: CampaignResponseDto.from(after.campaign, after.figures),
      ...comparison,
    };
  }
}
