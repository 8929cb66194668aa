import { InputHTMLAttributes, ReactNode } from 'react';

import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';

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

/** A labelled input: the short text, dates and times most forms ask for. */
export function InputField({
  id,
  label,
  required,
  hint,
  errors,
  value,
  onChange,
  ...input
}: Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required' | 'value' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
  }) {
  return (
    <Field id={id} label={label} required={required} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          {...input}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
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

/**
 * A select's options for values the messages name, in the order of `values` (by default, of
 * `names`).
 */
export function NamedOptions<Value extends string>({
  names,
  values = Object.keys(names) as Value[],
}: {
  names: Readonly<Record<Value, MessageKey>>;
  values?: readonly Value[];
}) {
  const { t } = useI18n();
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {t(names[value])}
        </option>
      ))}
    </>
  );
}
