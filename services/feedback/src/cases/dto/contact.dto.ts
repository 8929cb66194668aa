import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

import { IsMailboxAddress } from '@libs/service-kit';

/** Contact details a citizen may leave, to be thanked and told of the answer. */
export class ContactDto {
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString({ message: 'Họ tên phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Họ tên dài từ 1 đến 100 ký tự.' })
  fullName: string;

  @ApiPropertyOptional({ example: 'Số 8, ngõ 3, phố Lê Lai' })
  @IsOptional()
  @IsString({ message: 'Địa chỉ phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Địa chỉ dài từ 1 đến 200 ký tự.' })
  addressLine?: string;

  @ApiPropertyOptional({ example: 'lan.nguyen@example.vn' })
  @IsOptional()
  @IsString({ message: 'Địa chỉ thư điện tử phải là chuỗi ký tự.' })
  @IsMailboxAddress()
  email?: string;

  @ApiPropertyOptional({ example: '0912 345 678', description: 'Spaces, dots and dashes allowed' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s.()-]/g, '') : value,
  )
  @Matches(/^\+?\d{9,15}$/, { message: 'Số điện thoại gồm 9 đến 15 chữ số.' })
  phone?: string;
}
