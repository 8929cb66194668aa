import { ValidateBy, ValidationOptions } from 'class-validator';

import { isRealCalendarDate } from '@libs/clock';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRealCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} phải là ngày dạng YYYY-MM-DD`,
      },
    },
    options,
  );
}
