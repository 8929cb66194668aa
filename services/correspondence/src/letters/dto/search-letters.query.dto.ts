import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { LETTER_KINDS, LetterKind } from '@libs/contracts';

export class SearchLettersQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'communeCode phải gồm 5 chữ số' })
  communeCode?: string;

  @ApiPropertyOptional({ enum: LETTER_KINDS })
  @IsOptional()
  @IsIn(LETTER_KINDS)
  kind?: LetterKind;

  @ApiPropertyOptional({ example: 'birth:6f1c2a9e-…', description: 'The triggering fact' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  subjectKey?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
