import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { BirthRegistration } from '../domain/birth-registration';
import { AddressDto, ChildDto, PersonNameDto } from './register-birth.request.dto';

export class BirthRegistrationResponseDto {
  @ApiProperty({ format: 'uuid' })
  registrationId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  @ApiProperty({ type: ChildDto })
  child: ChildDto;

  @ApiPropertyOptional({ type: PersonNameDto })
  father?: PersonNameDto;

  @ApiPropertyOptional({ type: PersonNameDto })
  mother?: PersonNameDto;

  @ApiProperty({ type: AddressDto })
  address: AddressDto;

  static from(registration: BirthRegistration): BirthRegistrationResponseDto {
    return {
      registrationId: registration.id,
      communeCode: registration.commune.code,
      communeName: registration.commune.name,
      registeredAt: registration.registeredAt.toISOString(),
      child: registration.child,
      ...(registration.father ? { father: registration.father } : {}),
      ...(registration.mother ? { mother: registration.mother } : {}),
      address: registration.address,
    };
  }
}
