import {
  CommuneCodeField,
  DateField,
  DAY_SHAPE,
  EnumField,
  IntField,
  NestedField,
  PageLimit,
  PatternField,
  TextField,
} from '@libs/service-kit';

import { FEEDBACK_CATEGORIES, FeedbackCategory } from '../../cases/domain/feedback-case';
import { AssigneeDto } from '../../cases/dto/case-actions.request.dto';
import { ContactDto } from '../../cases/dto/contact.dto';
import { MAX_ISSUE_LENGTH, RECEPTION_KINDS, ReceptionKind } from '../domain/reception';

export class ReceptionIssueDto {
  @TextField({
    label: 'Nội dung vấn đề',
    max: MAX_ISSUE_LENGTH,
    example: 'Đề nghị sửa mương thoát nước tổ dân phố 7 trước mùa mưa.',
  })
  summary: string;

  @EnumField({ label: 'Lĩnh vực', values: FEEDBACK_CATEGORIES, optional: true })
  category?: FeedbackCategory;

  @NestedField({
    label: 'Người nêu vấn đề',
    type: ContactDto,
    optional: true,
    description: 'The citizen who raised it',
  })
  raisedBy?: ContactDto;
}

export class RecordReceptionRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @EnumField({
    label: 'Hình thức',
    values: RECEPTION_KINDS,
    description: 'tiếp công dân or đối thoại',
  })
  kind: ReceptionKind;

  @PatternField({ label: 'Ngày tổ chức', ...DAY_SHAPE, example: '2026-03-05' })
  heldOn: string;

  @TextField({
    label: 'Họ tên lãnh đạo chủ trì',
    min: 1,
    max: 150,
    example: 'Nguyễn Văn Hải, Chủ tịch UBND phường',
  })
  leaderName: string;

  @IntField({
    label: 'Số công dân',
    min: 1,
    max: 100000,
    example: 12,
    description: 'Number of citizens who came',
  })
  citizenCount: number;

  @TextField({
    label: 'Địa điểm',
    min: 1,
    max: 200,
    optional: true,
    example: 'Hội trường UBND phường',
  })
  location?: string;

  @TextField({
    label: 'Chủ đề',
    min: 1,
    max: 300,
    optional: true,
    example: 'Chỉnh trang đô thị khu phố 3',
  })
  topic?: string;

  @NestedField({
    label: 'Danh sách vấn đề',
    type: ReceptionIssueDto,
    list: { unit: 'vấn đề', max: 200 },
    description: 'Issues raised; may be empty',
  })
  issues: ReceptionIssueDto[];
}

export class SearchReceptionsQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @EnumField({ label: 'Hình thức', values: RECEPTION_KINDS, optional: true })
  kind?: ReceptionKind;

  @DateField({ label: 'Từ ngày', optional: true, example: '2026-01-01' })
  from?: string;

  @DateField({ label: 'Đến ngày', optional: true, example: '2026-12-31' })
  to?: string;

  @PageLimit()
  limit?: number;
}

export class OpenIssueCaseRequestDto {
  @NestedField({
    label: 'Người hoặc bộ phận xử lý',
    type: AssigneeDto,
    optional: true,
    description: 'Hand the case to someone at once',
  })
  assignee?: AssigneeDto;
}
