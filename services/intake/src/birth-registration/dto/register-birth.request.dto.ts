import { Sex, SEXES } from '@libs/contracts';
import {
  CommuneCodeField,
  DAY_SHAPE,
  EnumField,
  NestedField,
  PatternField,
  TextField,
} from '@libs/service-kit';

export class PersonNameDto {
  @TextField({ label: 'Họ tên', min: 1, max: 100, example: 'Nguyễn Văn An' })
  fullName: string;
}

export class ChildDto {
  @TextField({ label: 'Họ tên', min: 1, max: 100, example: 'Nguyễn Minh Khôi' })
  fullName: string;

  @PatternField({
    label: 'Ngày sinh',
    ...DAY_SHAPE,
    example: '2026-11-20',
    description: 'YYYY-MM-DD, not in the future',
  })
  dateOfBirth: string;

  @EnumField({ label: 'Giới tính', values: SEXES })
  sex: Sex;
}

export class AddressDto {
  @TextField({ label: 'Địa chỉ', min: 1, max: 200, example: 'Số 12, phố Trần Phú' })
  line: string;

  @CommuneCodeField({ optional: true, description: 'Defaults to the registering commune' })
  communeCode?: string;
}

/** What a birth registration states; also the birth part of a birth-registration dossier. */
export class BirthDetailsDto {
  @NestedField({ label: 'Thông tin người được khai sinh', type: ChildDto })
  child: ChildDto;

  @NestedField({ label: 'Thông tin người cha', type: PersonNameDto, optional: true })
  father?: PersonNameDto;

  @NestedField({ label: 'Thông tin người mẹ', type: PersonNameDto, optional: true })
  mother?: PersonNameDto;

  @NestedField({ label: 'Địa chỉ', type: AddressDto })
  address: AddressDto;
}

export class RegisterBirthRequestDto extends BirthDetailsDto {
  @CommuneCodeField({ description: '5-digit 2025 commune code of the registering commune' })
  communeCode: string;
}
