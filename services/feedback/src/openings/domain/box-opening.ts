import { isRealCalendarDate, vietnamCalendarDate } from '@libs/clock';
import {
  CaseContact,
  CitizenKind,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
  normalizeContact,
  normalizeLine,
  normalizeText,
} from '../../cases/domain/feedback-case';
import { BoxOpeningErrors } from './box-opening.errors';

/** One letter found in the box, as the officers entered it. */
export interface BoxLetter {
  /** 1-based, in the order entered; each letter becomes one case. */
  number: number;
  kind: CitizenKind;
  category?: FeedbackCategory;
  content: string;
  contact?: CaseContact;
}

/** A box opening (mở hòm thư góp ý): when, who was there, and what was inside. */
export interface BoxOpening {
  id: string;
  boxId: string;
  communeCode: string;
  provinceCode: string;
  openedOn: string;
  officersPresent: string[];
  letters: BoxLetter[];
  recordedAt: Date;
  recordedBy: string;
}

export interface BoxOpeningRequest {
  openedOn: string;
  officersPresent: string[];
  letters: Omit<BoxLetter, 'number'>[];
}

/**
 * Checks an opening the way the minutes (biên bản mở hòm thư) would be checked, reporting
 * every problem at once so the officers fix the whole form in one go.
 */
export function recordOpening(
  request: BoxOpeningRequest,
  context: {
    id: string;
    box: { id: string; communeCode: string; provinceCode: string };
    now: Date;
    recordedBy: string;
  },
): BoxOpening {
  const problems: { field: string; message: string }[] = [];
  if (!isRealCalendarDate(request.openedOn)) {
    problems.push({ field: 'openedOn', message: 'Ngày mở hòm thư không phải là ngày có thật.' });
  } else if (request.openedOn > vietnamCalendarDate(context.now)) {
    problems.push({ field: 'openedOn', message: 'Ngày mở hòm thư không được ở tương lai.' });
  }
  const officersPresent = request.officersPresent.map(normalizeLine);
  officersPresent.forEach((name, index) => {
    if (!name) {
      problems.push({
        field: `officersPresent.${index}`,
        message: 'Họ tên người tham gia không được để trống.',
      });
    }
  });
  const letters = request.letters.map((letter, index): BoxLetter => {
    const content = normalizeText(letter.content);
    if (!content) {
      problems.push({
        field: `letters.${index}.content`,
        message: 'Nội dung thư không được để trống.',
      });
    } else if (content.length > MAX_CONTENT_LENGTH) {
      problems.push({
        field: `letters.${index}.content`,
        message: `Nội dung thư không được dài quá ${MAX_CONTENT_LENGTH} ký tự.`,
      });
    }
    const fullName = letter.contact && normalizeLine(letter.contact.fullName);
    if (letter.contact && !fullName) {
      problems.push({
        field: `letters.${index}.contact.fullName`,
        message: 'Họ tên người viết không được để trống.',
      });
    }
    return {
      number: index + 1,
      kind: letter.kind,
      ...(letter.category ? { category: letter.category } : {}),
      content,
      ...(letter.contact && fullName ? { contact: normalizeContact(letter.contact) } : {}),
    };
  });
  if (problems.length > 0) {
    throw BoxOpeningErrors.invalid(problems);
  }
  return {
    id: context.id,
    boxId: context.box.id,
    communeCode: context.box.communeCode,
    provinceCode: context.box.provinceCode,
    openedOn: request.openedOn,
    officersPresent,
    letters,
    recordedAt: context.now,
    recordedBy: context.recordedBy,
  };
}
