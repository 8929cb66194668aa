import { EnumField, InstantField, NestedField, PatternField, TextField } from '@libs/service-kit';

import {
  ASSIGNEE_TYPES,
  AssigneeType,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../domain/feedback-case';

/** A case code as the commune issues it: PA-<commune>-<year>-<number>. */
export const CASE_CODE_FIELD = {
  label: 'Mã phản ánh',
  pattern: /^PA-\d{5}-\d{4}-\d{4,}$/,
  rule: 'có dạng PA-14797-2026-0001',
  example: 'PA-14797-2026-0001',
};

const ANSWER = { label: 'Câu trả lời', max: MAX_CONTENT_LENGTH };
const PUBLIC_SUMMARY = { label: 'Tóm tắt', min: 1, max: 1000 };

export class AssigneeDto {
  @EnumField({
    label: 'Người xử lý',
    values: ASSIGNEE_TYPES,
    description: 'An officer, a unit, or the leader',
  })
  type: AssigneeType;

  @TextField({
    label: 'Mã tài khoản',
    min: 1,
    max: 100,
    optional: true,
    example: 'officer-14797',
    description: 'Account of the officer',
  })
  id?: string;

  @TextField({
    label: 'Tên người hoặc bộ phận xử lý',
    min: 1,
    max: 150,
    example: 'Công chức Địa chính - Xây dựng',
  })
  name: string;
}

export class AssignCaseRequestDto {
  @NestedField({ label: 'Người hoặc bộ phận xử lý', type: AssigneeDto })
  assignee: AssigneeDto;

  @EnumField({
    label: 'Lĩnh vực',
    values: FEEDBACK_CATEGORIES,
    optional: true,
    description: 'Corrects the category',
  })
  category?: FeedbackCategory;
}

export class AnswerCaseRequestDto {
  @TextField({
    ...ANSWER,
    description: 'The answer to the citizen; published without personal data',
  })
  answer: string;

  @TextField({
    ...PUBLIC_SUMMARY,
    optional: true,
    description: 'What the citizen raised, in words fit to publish (no names, addresses)',
  })
  publicSummary?: string;

  @InstantField({
    label: 'Thời điểm trả lời',
    optional: true,
    example: '2022-03-09T15:00:00+07:00',
    description:
      'When the answer was given (historical entry, role system only; not in the future, not before receipt). Absent: now.',
  })
  answeredAt?: string;
}

/** An officer has read an answer held for review and publishes it, corrected if need be. */
export class PublishAnswerRequestDto {
  @TextField({
    ...ANSWER,
    optional: true,
    description: 'The answer in the words to publish; the held text when absent',
  })
  answer?: string;

  @TextField({
    ...PUBLIC_SUMMARY,
    optional: true,
    description: 'The summary to publish; the held one when absent',
  })
  publicSummary?: string;
}

export class MarkDuplicateRequestDto {
  @PatternField({ ...CASE_CODE_FIELD, description: 'The case this one repeats' })
  duplicateOfCaseCode: string;
}

export class DeclineCaseRequestDto {
  @TextField({
    label: 'Lý do',
    min: 1,
    max: 2000,
    description: 'Why the commune is not competent, as told to the citizen',
  })
  reason: string;

  @TextField({
    label: 'Nơi chuyển đến',
    min: 1,
    max: 200,
    optional: true,
    example: 'Công an tỉnh Thanh Hóa',
  })
  referredTo?: string;
}
