import { LETTER_KINDS, LETTER_STATUSES, LetterKind, LetterStatus } from '@libs/contracts';
import { CommuneCodeField, DateField, EnumField, PageLimit, TextField } from '@libs/service-kit';

export class SearchLettersQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @EnumField({ label: 'Loại thư', values: LETTER_KINDS, optional: true })
  kind?: LetterKind;

  @EnumField({ label: 'Trạng thái', values: LETTER_STATUSES, optional: true })
  status?: LetterStatus;

  @TextField({
    label: 'Sự việc',
    min: 1,
    max: 200,
    optional: true,
    example: 'birth:6f1c2a9e-…',
    description: 'The triggering fact',
  })
  subjectKey?: string;

  @TextField({
    label: 'Tên người nhận',
    min: 2,
    max: 100,
    optional: true,
    example: 'tran thi binh',
    description: 'Part of the recipient’s name; case and diacritics do not matter.',
  })
  recipient?: string;

  @DateField({
    label: 'Từ ngày',
    optional: true,
    example: '2026-11-01',
    description: 'Written on or after (Vietnam date).',
  })
  from?: string;

  @DateField({
    label: 'Đến ngày',
    optional: true,
    example: '2026-11-30',
    description: 'Written on or before (Vietnam date).',
  })
  to?: string;

  @PageLimit()
  limit?: number;
}
