import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

import { Sex, SEXES } from '@libs/contracts';
import { IsCommuneCode } from '@libs/service-kit';

export class PersonNameDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(1, 100)
  fullName: string;
}

export class ChildDto {
  @ApiProperty({ example: 'Nguyễn Minh Khôi' })
  @IsString()
  @Length(1, 100)
  fullName: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth phải có dạng YYYY-MM-DD' })
  dateOfBirth: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES, { message: 'sex phải là male hoặc female' })
  sex: Sex;
}

export class AddressDto {
  @ApiProperty({ example: 'Số 12, phố Trần Phú' })
  @IsString()
  @Length(1, 200)
  line: string;

  @ApiPropertyOptional({ example: '14797', description: 'Defaults to the registering commune' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;
}

/** What a birth registration states; also the birth part of a birth-registration dossier. */
export class BirthDetailsDto {
  @ApiProperty({ type: ChildDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ChildDto)
  child: ChildDto;

  @ApiPropertyOptional({ type: PersonNameDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonNameDto)
  father?: PersonNameDto;

  @ApiPropertyOptional({ type: PersonNameDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonNameDto)
  mother?: PersonNameDto;

  @ApiProperty({ type: AddressDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

export class RegisterBirthRequestDto extends BirthDetailsDto {
  @ApiProperty({
    example: '14797',
    description: '5-digit 2025 commune code of the registering commune',
  })
  @IsCommuneCode()
  communeCode: string;
}
