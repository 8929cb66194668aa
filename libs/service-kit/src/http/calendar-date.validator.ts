import { ValidateBy, ValidationOptions } from 'class-validator';

import { isRealCalendarDate } from '@libs/clock';

/**
 * A date that exists, written YYYY-MM-DD: `2026-02-30`, `2026-13-01` and `0000-00-00` are
 * refused here, before they can become an Invalid Date in a query or a rolled-over day.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRealCalendarDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'Ngày'} phải là một ngày có thật, dạng YYYY-MM-DD`,
      },
    },
    options,
  );
}
