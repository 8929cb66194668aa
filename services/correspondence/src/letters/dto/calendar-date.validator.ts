import { isRealCalendarDate } from '@libs/clock';
import { ValidateBy, ValidationOptions } from 'class-validator';

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
