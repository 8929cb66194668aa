import { Transform } from 'class-transformer';

import { MailboxField, PatternField, TextField } from '@libs/service-kit';

/** Contact details a citizen may leave, to be thanked and told of the answer. */
export class ContactDto {
  @TextField({ label: 'Họ tên', min: 1, max: 100, example: 'Nguyễn Thị Lan' })
  fullName: string;

  @TextField({
    label: 'Địa chỉ',
    min: 1,
    max: 200,
    optional: true,
    example: 'Số 8, ngõ 3, phố Lê Lai',
  })
  addressLine?: string;

  @MailboxField({ optional: true, example: 'lan.nguyen@example.vn' })
  email?: string;

  @PatternField({
    label: 'Số điện thoại',
    pattern: /^\+?\d{9,15}$/,
    rule: 'gồm 9 đến 15 chữ số',
    optional: true,
    example: '0912 345 678',
    description: 'Spaces, dots and dashes allowed',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s.()-]/g, '') : value,
  )
  phone?: string;
}
