import { ApiProperty } from '@nestjs/swagger';

import { IsCommuneCode, PageLimit } from '@libs/service-kit';

export class PublicAnswersQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @PageLimit()
  limit?: number;
}
