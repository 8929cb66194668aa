import { ReactNode } from 'react';

import { useI18n } from '../i18n/i18n';

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  /** The input, select or textarea; it gets its id, aria-describedby and aria-invalid here. */
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
    'aria-required'?: true;
  }) => ReactNode;
}

/** A labelled control with its hint and its messages beside it (WCAG 1.3.1, 3.3.1, 3.3.2). */
export function Field({ id, label, required, hint, errors = [], children }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return (
    <div className={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" title={t('required')}>
            {' '}
            (*)
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errorId ? { 'aria-invalid': true } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
    </div>
  );
}

/** A labelled text area, the control most forms' free text needs. */
export function TextAreaField({
  rows,
  maxLength,
  value,
  onChange,
  ...field
}: Omit<FieldProps, 'children'> & {
  rows: number;
  maxLength?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
