import { forwardRef } from 'react';

import { ApiProblem } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

/** Messages per field path (`letters.0.content`), and `form` for what names no field. */
export type Problems = Record<string, string[]>;

/** The control's id for a field path of a form, e.g. `opening-letters-0-content`. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}

/**
 * What the service refused: its per-field messages as they are, or one message for the
 * whole form when it named no field (a 409 after another officer's change, a 5xx).
 */
export function problemsOf(problem: ApiProblem, fallback: string): Problems {
  if (Object.keys(problem.fields).length > 0) {
    return problem.fields;
  }
  return { form: [refusalMessage(problem, fallback)] };
}

/**
 * What the service said when it refused (4xx), as it said it; `fallback` when it failed (5xx)
 * or did not answer, whose own words are not for the user.
 */
export function refusalMessage(problem: ApiProblem, fallback: string): string {
  return (problem.status > 0 && problem.status < 500 && problem.message) || fallback;
}

/**
 * The list of what to fix at the top of a form, each linked to its field, then what names no
 * field; focused when shown (WCAG 3.3.1), so a screen-reader user hears it before searching the
 * form.
 */
export const ProblemSummary = forwardRef<
  HTMLDivElement,
  {
    form: string;
    problems: Partial<Problems>;
    labelOf: (path: string) => string | undefined;
    /** What the list is headed with; "correct these fields" unless the form says otherwise. */
    title?: string;
  }
>(function ProblemSummary({ form, problems, labelOf, title }, ref) {
  const { t } = useI18n();
  const fields = Object.entries(problems).filter(
    (entry): entry is [string, string[]] => entry[0] !== 'form' && entry[1] !== undefined,
  );
  const general = problems.form ?? [];
  if (fields.length === 0 && general.length === 0) {
    return null;
  }
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <p>{title ?? t('formFix')}</p>
      <ul>
        {fields.map(([path, messages]) => {
          const label = labelOf(path);
          return (
            <li key={path}>
              {label ? (
                <a href={`#${fieldId(form, path)}`}>
                  {label}: {messages.join(' ')}
                </a>
              ) : (
                messages.join(' ')
              )}
            </li>
          );
        })}
        {general.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
});
