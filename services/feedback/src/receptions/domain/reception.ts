import { isRealCalendarDate, vietnamCalendarDate } from '@libs/clock';

import {
  CaseContact,
  FeedbackCategory,
  normalizeContact,
  normalizeLine,
  normalizeText,
} from '../../cases/domain/feedback-case';
import { ReceptionErrors } from './reception.errors';

/** A citizen reception (tiếp công dân) or a dialogue with the people (đối thoại). */
export const RECEPTION_KINDS = ['reception', 'dialogue'] as const;
export type ReceptionKind = (typeof RECEPTION_KINDS)[number];

export const RECEPTION_KIND_LABELS: Record<ReceptionKind, string> = {
  reception: 'Tiếp công dân',
  dialogue: 'Đối thoại với nhân dân',
};

export const MAX_ISSUE_LENGTH = 2000;

export interface ReceptionIssue {
  /** 1-based; an issue can become one case. */
  number: number;
  summary: string;
  category?: FeedbackCategory;
  /** The citizen who raised it, when they want an answer in person. */
  raisedBy?: CaseContact;
}

/** What the officer writes down about a reception, as asked and as recorded. */
interface ReceptionDetails {
  kind: ReceptionKind;
  heldOn: string;
  leaderName: string;
  citizenCount: number;
  location?: string;
  topic?: string;
}

export interface Reception extends ReceptionDetails {
  id: string;
  communeCode: string;
  provinceCode: string;
  issues: ReceptionIssue[];
  recordedAt: Date;
  recordedBy: string;
}

export interface ReceptionRequest extends ReceptionDetails {
  issues: { summary: string; category?: FeedbackCategory; raisedBy?: CaseContact }[];
}

/** Checks the record of a reception, reporting every problem at once. */
export function recordReception(
  request: ReceptionRequest,
  context: {
    id: string;
    commune: { code: string; provinceCode: string };
    now: Date;
    recordedBy: string;
  },
): Reception {
  const problems: { field: string; message: string }[] = [];
  if (!isRealCalendarDate(request.heldOn)) {
    problems.push({ field: 'heldOn', message: 'Ngày tổ chức không phải là ngày có thật.' });
  } else if (request.heldOn > vietnamCalendarDate(context.now)) {
    problems.push({ field: 'heldOn', message: 'Ngày tổ chức không được ở tương lai.' });
  }
  const leaderName = normalizeLine(request.leaderName);
  if (!leaderName) {
    problems.push({ field: 'leaderName', message: 'Cần ghi họ tên lãnh đạo chủ trì.' });
  }
  const location = request.location && normalizeLine(request.location);
  const topic = request.topic && normalizeLine(request.topic);
  const issues = request.issues.map((issue, index): ReceptionIssue => {
    const summary = normalizeText(issue.summary);
    if (!summary) {
      problems.push({
        field: `issues.${index}.summary`,
        message: 'Nội dung vấn đề không được để trống.',
      });
    } else if (summary.length > MAX_ISSUE_LENGTH) {
      problems.push({
        field: `issues.${index}.summary`,
        message: `Nội dung vấn đề không được dài quá ${MAX_ISSUE_LENGTH} ký tự.`,
      });
    }
    const raisedByName = issue.raisedBy && normalizeLine(issue.raisedBy.fullName);
    if (issue.raisedBy && !raisedByName) {
      problems.push({
        field: `issues.${index}.raisedBy.fullName`,
        message: 'Họ tên người nêu ý kiến không được để trống.',
      });
    }
    return {
      number: index + 1,
      summary,
      ...(issue.category ? { category: issue.category } : {}),
      ...(issue.raisedBy && raisedByName ? { raisedBy: normalizeContact(issue.raisedBy) } : {}),
    };
  });
  if (problems.length > 0) {
    throw ReceptionErrors.invalid(problems);
  }
  return {
    id: context.id,
    communeCode: context.commune.code,
    provinceCode: context.commune.provinceCode,
    kind: request.kind,
    heldOn: request.heldOn,
    leaderName,
    citizenCount: request.citizenCount,
    ...(location ? { location } : {}),
    ...(topic ? { topic } : {}),
    issues,
    recordedAt: context.now,
    recordedBy: context.recordedBy,
  };
}
