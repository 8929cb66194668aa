import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ListQuestionnairesQueryDto {
  @ApiProperty({ example: '14797' })
  @Matches(/^\d{5}$/, { message: 'communeCode phải gồm 5 chữ số' })
  communeCode: string;
}
