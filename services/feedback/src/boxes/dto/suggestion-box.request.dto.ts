import { BooleanField, CommuneCodeField, EnumField, TextField } from '@libs/service-kit';

import { BOX_LOCATION_KINDS, BoxLocationKind } from '../domain/suggestion-box';

const NAME = { label: 'Tên hòm thư', min: 1, max: 100 };
const ADDRESS = { label: 'Địa chỉ', min: 1, max: 200 };

export class RegisterBoxRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @TextField({ ...NAME, example: 'Hòm thư Nhà văn hóa tổ dân phố 5' })
  name: string;

  @EnumField({ label: 'Nơi đặt', values: BOX_LOCATION_KINDS })
  locationKind: BoxLocationKind;

  @TextField({ ...ADDRESS, example: 'Số 2 phố Trần Phú, tổ dân phố 5' })
  address: string;
}

export class ChangeBoxRequestDto {
  @TextField({ ...NAME, optional: true })
  name?: string;

  @EnumField({ label: 'Nơi đặt', values: BOX_LOCATION_KINDS, optional: true })
  locationKind?: BoxLocationKind;

  @TextField({ ...ADDRESS, optional: true })
  address?: string;

  @BooleanField({
    label: 'Trạng thái hoạt động',
    optional: true,
    description: 'false when the box is taken down',
  })
  active?: boolean;
}

export class SearchBoxesQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @BooleanField({ label: 'Trạng thái hoạt động', optional: true, query: true })
  active?: boolean;
}
