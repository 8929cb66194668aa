import { ApiProperty } from '@nestjs/swagger';

import {
  BOX_LOCATION_KINDS,
  BOX_LOCATION_LABELS,
  BoxLocationKind,
  SuggestionBox,
} from '../domain/suggestion-box';

export class SuggestionBoxResponseDto {
  @ApiProperty({ format: 'uuid' })
  boxId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: BOX_LOCATION_KINDS })
  locationKind: BoxLocationKind;

  @ApiProperty({ example: 'Nhà văn hóa' })
  locationLabel: string;

  @ApiProperty()
  address: string;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(box: SuggestionBox): SuggestionBoxResponseDto {
    return {
      boxId: box.id,
      communeCode: box.communeCode,
      name: box.name,
      locationKind: box.locationKind,
      locationLabel: BOX_LOCATION_LABELS[box.locationKind],
      address: box.address,
      active: box.active,
      createdAt: box.createdAt.toISOString(),
    };
  }
}
