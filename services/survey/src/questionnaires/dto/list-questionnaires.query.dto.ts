import { ApiProperty } from '@nestjs/swagger';

import { IsCommuneCode } from '@libs/service-kit';

export class ListQuestionnairesQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;
}
