import { CONDUCT_ITEMS } from '../src/questionnaires/domain/measures';

/** A complete, fully satisfied answer to the default questionnaire. */
export const satisfiedAnswers = (): Record<string, unknown> => ({
  overall: 5,
  'sipas-access': 5,
  'sipas-procedure': 4,
  'sipas-officer': 5,
  'sipas-result': 5,
  ...Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, 'yes'])),
  apologise: 'not-applicable',
});
