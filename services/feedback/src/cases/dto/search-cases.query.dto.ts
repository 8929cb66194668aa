import { FEEDBACK_KINDS, FeedbackKind } from '@libs/contracts';
import {
  BooleanField,
  CommuneCodeField,
  EnumField,
  PageLimit,
  PatternField,
} from '@libs/service-kit';

import { CASE_STATUSES, CaseStatus } from '../domain/feedback-case';
import { CASE_CODE_FIELD } from './case-actions.request.dto';

export class SearchCasesQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @EnumField({ label: 'Trạng thái', values: CASE_STATUSES, optional: true })
  status?: CaseStatus;

  @EnumField({ label: 'Loại ý kiến', values: FEEDBACK_KINDS, optional: true })
  kind?: FeedbackKind;

  @BooleanField({
    label: 'Chuyển lãnh đạo',
    optional: true,
    query: true,
    description: 'Only cases escalated to the leader (or only the others)',
  })
  escalated?: boolean;

  @PatternField({ ...CASE_CODE_FIELD, optional: true })
  code?: string;

  @PageLimit()
  limit?: number;
}
