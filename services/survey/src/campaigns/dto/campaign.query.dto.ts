import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

import { CommuneCodeField } from '@libs/service-kit';

export class ListCampaignsQueryDto {
  @CommuneCodeField()
  communeCode: string;
}

export class CompareCampaignsQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The earlier campaign, e.g. before the model' })
  @IsUUID(undefined, { message: 'before phải là mã đợt khảo sát (UUID)' })
  before: string;

  @ApiProperty({ format: 'uuid', description: 'The later campaign, e.g. after the model' })
  @IsUUID(undefined, { message: 'after phải là mã đợt khảo sát (UUID)' })
  after: string;
}
