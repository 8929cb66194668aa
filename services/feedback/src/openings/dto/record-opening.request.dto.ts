import {
  DAY_SHAPE,
  EnumField,
  InstantField,
  NestedField,
  PatternField,
  TextField,
  TextListField,
} from '@libs/service-kit';

import {
  CITIZEN_KINDS,
  CitizenKind,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../../cases/domain/feedback-case';
import { ContactDto } from '../../cases/dto/contact.dto';
import {
  MAX_MINUTES_LENGTH,
  WITNESS_ORGANISATIONS,
  WitnessOrganisation,
} from '../domain/box-opening';

export class BoxLetterDto {
  @EnumField({ label: 'Loại thư', values: CITIZEN_KINDS, example: 'suggestion' })
  kind: CitizenKind;

  @EnumField({ label: 'Lĩnh vực', values: FEEDBACK_CATEGORIES, optional: true })
  category?: FeedbackCategory;

  @TextField({
    label: 'Nội dung thư',
    max: MAX_CONTENT_LENGTH,
    description: 'The letter, as written',
  })
  content: string;

  @NestedField({
    label: 'Thông tin người viết',
    type: ContactDto,
    optional: true,
    description: 'When the writer signed the letter',
  })
  contact?: ContactDto;
}

export class OpeningWitnessDto {
  @TextField({ label: 'Họ tên người chứng kiến', min: 1, max: 100, example: 'Nguyễn Văn Tám' })
  fullName: string;

  @EnumField({
    label: 'Tổ chức',
    values: WITNESS_ORGANISATIONS,
    example: 'fatherland-front',
  })
  organisation: WitnessOrganisation;

  @TextField({
    label: 'Chức vụ',
    min: 1,
    max: 150,
    optional: true,
    example: 'Phó Chủ tịch Ủy ban MTTQ phường',
  })
  position?: string;
}

export class OpeningMinutesDto {
  @TextField({ label: 'Số biên bản', min: 1, max: 50, optional: true, example: '03/BB-MHT' })
  number?: string;

  @TextField({
    label: 'Nội dung biên bản',
    max: MAX_MINUTES_LENGTH,
    description: 'What the minutes record: seals intact, letters found, signatures',
  })
  summary: string;
}

export class RecordOpeningRequestDto {
  @PatternField({
    label: 'Ngày mở hòm thư',
    ...DAY_SHAPE,
    example: '2026-03-02',
    description: 'Day the box was opened (YYYY-MM-DD)',
  })
  openedOn: string;

  @InstantField({
    label: 'Thời điểm nhận thư',
    optional: true,
    example: '2022-03-02T09:30:00+07:00',
    description:
      'When the letters were taken out, on openedOn: their cases are received then (historical entry, role system only). Absent: now.',
  })
  receivedAt?: string;

  @TextListField({
    label: 'Danh sách người tham gia',
    itemLabel: 'Họ tên người tham gia',
    itemMax: 100,
    list: { unit: 'người tham gia', min: 1, max: 20 },
    example: ['Lê Văn Minh', 'Trần Thị Hoa'],
  })
  officersPresent: string[];

  @NestedField({
    label: 'Danh sách người chứng kiến',
    type: OpeningWitnessDto,
    list: { unit: 'người chứng kiến', max: 10 },
    optional: true,
    description: 'Witnesses who signed the minutes, e.g. the Fatherland Front representative',
  })
  witnesses?: OpeningWitnessDto[];

  @NestedField({
    label: 'Biên bản',
    type: OpeningMinutesDto,
    optional: true,
    description: 'The minutes (biên bản)',
  })
  minutes?: OpeningMinutesDto;

  @NestedField({
    label: 'Danh sách thư',
    type: BoxLetterDto,
    list: { unit: 'thư', max: 200 },
    description: 'Every letter found; may be empty',
  })
  letters: BoxLetterDto[];
}
