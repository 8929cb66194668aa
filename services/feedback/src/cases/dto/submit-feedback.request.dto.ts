import { CommuneCodeField, EnumField, NestedField, TextField } from '@libs/service-kit';

import {
  CITIZEN_KINDS,
  CitizenKind,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../domain/feedback-case';
import { ContactDto } from './contact.dto';

export class SubmitFeedbackRequestDto {
  @CommuneCodeField({ description: '5-digit 2025 code of the commune written to' })
  communeCode: string;

  @EnumField({ label: 'Loại ý kiến', values: CITIZEN_KINDS, optional: true, default: 'petition' })
  kind?: CitizenKind;

  @EnumField({
    label: 'Lĩnh vực',
    values: FEEDBACK_CATEGORIES,
    optional: true,
    default: 'other',
  })
  category?: FeedbackCategory;

  @TextField({
    label: 'Nội dung',
    max: MAX_CONTENT_LENGTH,
    example: 'Đèn chiếu sáng ngõ 5 bị hỏng đã hai tuần.',
  })
  content: string;

  @NestedField({
    label: 'Thông tin liên hệ',
    type: ContactDto,
    optional: true,
    description: 'Leave out to write anonymously',
  })
  contact?: ContactDto;
}
