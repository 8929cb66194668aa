import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import { BOX_LOCATION_KINDS, BoxLocationKind } from '../domain/suggestion-box';

export class RegisterBoxRequestDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'Hòm thư Nhà văn hóa tổ dân phố 5' })
  @IsString({ message: 'Tên hòm thư phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Tên hòm thư dài từ 1 đến 100 ký tự.' })
  name: string;

  @ApiProperty({ enum: BOX_LOCATION_KINDS })
  @IsIn(BOX_LOCATION_KINDS, {
    message: 'Nơi đặt là cultural-house, residential-group hoặc one-stop-desk.',
  })
  locationKind: BoxLocationKind;

  @ApiProperty({ example: 'Số 2 phố Trần Phú, tổ dân phố 5' })
  @IsString({ message: 'Địa chỉ phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Địa chỉ dài từ 1 đến 200 ký tự.' })
  address: string;
}

export class ChangeBoxRequestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Tên hòm thư phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Tên hòm thư dài từ 1 đến 100 ký tự.' })
  name?: string;

  @ApiPropertyOptional({ enum: BOX_LOCATION_KINDS })
  @IsOptional()
  @IsIn(BOX_LOCATION_KINDS, {
    message: 'Nơi đặt là cultural-house, residential-group hoặc one-stop-desk.',
  })
  locationKind?: BoxLocationKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Địa chỉ phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Địa chỉ dài từ 1 đến 200 ký tự.' })
  address?: string;

  @ApiPropertyOptional({ description: 'false when the box is taken down' })
  @IsOptional()
  @IsBoolean({ message: 'active là true hoặc false.' })
  active?: boolean;
}

export class SearchBoxesQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'active là true hoặc false.' })
  active?: boolean;
}
