import { isRealCalendarDate } from '@libs/clock';
import { Sex } from '@libs/contracts';

import { Problem } from './dossier.errors';

/**
 * Sex and date of birth, where letters need them: "Ông", "Bà", "Anh", "Chị" follow the person's
 * sex and age (docs/letters.md), and a condolence names the deceased with their age. Both stay
 * optional: a letter without them keeps the neutral "Ông/Bà".
 */
export interface PersonFacts {
  sex?: Sex;
  dateOfBirth?: string;
}

/** Nobody the platform writes to was born before this day. */
const EARLIEST_BIRTH = '1900-01-01';

/**
 * The facts checked as the desk officer would: a real date, not before 1900 and not after
 * `latest` (the receipt day, or the day of death). Problems are reported on `field`.
 */
export function personFacts(
  field: string,
  facts: PersonFacts,
  latest: { date: string; label: string },
  problems: Problem[],
): PersonFacts {
  const { sex, dateOfBirth } = facts;
  if (dateOfBirth !== undefined) {
    if (!isRealCalendarDate(dateOfBirth)) {
      problems.push({
        field: `${field}.dateOfBirth`,
        message: 'Ngày sinh không phải là một ngày có thật.',
      });
    } else if (dateOfBirth > latest.date) {
      problems.push({
        field: `${field}.dateOfBirth`,
        message: `Ngày sinh không được sau ${latest.label}.`,
      });
    } else if (dateOfBirth < EARLIEST_BIRTH) {
      problems.push({
        field: `${field}.dateOfBirth`,
        message: 'Ngày sinh không được trước năm 1900.',
      });
    }
  }
  return {
    ...(sex !== undefined ? { sex } : {}),
    ...(dateOfBirth !== undefined ? { dateOfBirth } : {}),
  };
}
