import { useState } from 'react';

import { vietnamToday } from '../format';
import { useI18n } from '../i18n/i18n';

/** The year a report page shows (this year, Vietnam time, unless chosen) and today's date. */
export function useReportYear() {
  const [today] = useState(vietnamToday);
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  return { today, thisYear, year, setYear };
}

/** This year and the two before it: the periods the reports are asked for most. */
export function YearChooser({
  thisYear,
  year,
  onChange,
}: {
  thisYear: number;
  year: number;
  onChange: (year: number) => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {t('reportYear')}{' '}
      <select value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {[thisYear, thisYear - 1, thisYear - 2].map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}
