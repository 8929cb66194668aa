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

/**
 * Who witnessed the opening besides the officers: the article's practice is to open the box
 * with the Fatherland Front (Ủy ban Mặt trận Tổ quốc) and often the people's inspection board
 * (Ban Thanh tra nhân dân), who sign the minutes. No statute read here makes a witness
 * compulsory, so an opening without a Fatherland Front witness is recorded and flagged.
 */
export const WITNESS_ORGANISATIONS = ['fatherland-front', 'people-inspection', 'other'] as const;
export type WitnessOrganisation = (typeof WITNESS_ORGANISATIONS)[number];

export const WITNESS_ORGANISATION_NAMES: Readonly<Record<WitnessOrganisation, string>> = {
  'fatherland-front': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'people-inspection': 'Ban Thanh tra nhân dân',
  other: 'Khác',
};

export interface OpeningWitness {
  fullName: string;
  organisation: WitnessOrganisation;
  /** e.g. "Phó Chủ tịch Ủy ban MTTQ phường". */
  position?: string;
}

/** The minutes (biên bản mở hòm thư góp ý): their number and what they record. */
export interface OpeningMinutes {
  number?: string;
  summary: string;
}

export const MAX_MINUTES_LENGTH = 5000;

/** A box opening (mở hòm thư góp ý): when, who was there, and what was inside. */
export interface BoxOpening {
  id: string;
  boxId: string;
  communeCode: string;
  provinceCode: string;
  openedOn: string;
  /** Historical entry only: when the letters were taken out, the receipt time of their cases. */
  receivedAt?: Date;
  officersPresent: string[];
  witnesses: OpeningWitness[];
  minutes?: OpeningMinutes;
  letters: BoxLetter[];
  recordedAt: Date;
  recordedBy: string;
}

export interface BoxOpeningRequest {
  openedOn: string;
  /** Historical entry only (the caller checks the role and that it is not in the future). */
  receivedAt?: Date;
  officersPresent: string[];
  witnesses?: OpeningWitness[];
  minutes?: OpeningMinutes;
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
  if (request.receivedAt && vietnamCalendarDate(request.receivedAt) !== request.openedOn) {
    problems.push({
      field: 'receivedAt',
      message: 'Thời điểm nhận thư phải trong ngày mở hòm thư (openedOn).',
    });
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
  const witnesses = (request.witnesses ?? []).map((witness, index): OpeningWitness => {
    const fullName = normalizeLine(witness.fullName);
    if (!fullName) {
      problems.push({
        field: `witnesses.${index}.fullName`,
        message: 'Họ tên người chứng kiến không được để trống.',
      });
    }
    const position = witness.position ? normalizeLine(witness.position) : '';
    return {
      fullName,
      organisation: witness.organisation,
      ...(position ? { position } : {}),
    };
  });
  let minutes: OpeningMinutes | undefined;
  if (request.minutes) {
    const summary = normalizeText(request.minutes.summary);
    if (!summary) {
      problems.push({
        field: 'minutes.summary',
        message: 'Biên bản mở hòm thư phải ghi nội dung.',
      });
    } else if (summary.length > MAX_MINUTES_LENGTH) {
      problems.push({
        field: 'minutes.summary',
        message: `Nội dung biên bản không được dài quá ${MAX_MINUTES_LENGTH} ký tự.`,
      });
    }
    const number = request.minutes.number ? normalizeLine(request.minutes.number) : '';
    minutes = { ...(number ? { number } : {}), summary };
  }
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
    ...(request.receivedAt ? { receivedAt: request.receivedAt } : {}),
    officersPresent,
    witnesses,
    ...(minutes ? { minutes } : {}),
    letters,
    recordedAt: context.now,
    recordedBy: context.recordedBy,
  };
}

/** Whether a representative of the Fatherland Front witnessed the opening. */
export function witnessedByFatherlandFront(opening: Pick<BoxOpening, 'witnesses'>): boolean {
  return opening.witnesses.some((witness) => witness.organisation === 'fatherland-front');
}
