import { FormEvent, useState } from 'react';
import { Link } from 'react-router';

import { useI18n } from '../i18n/i18n';
import { Field } from '../layout/field';
import { Page } from '../layout/page';

interface Commune {
  code: string;
  name: string;
  provinceName: string;
}

/** A citizen finds their commune by name: nobody knows the five-digit code. */
export function CommuneFinderPage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  // undefined: nothing asked yet; null: the console did not answer.
  const [found, setFound] = useState<Commune[] | null | undefined>();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const response = await fetch(`/reference/communes?q=${encodeURIComponent(text.trim())}`);
      setFound(response.ok ? ((await response.json()) as Commune[]) : null);
    } catch {
      setFound(null);
    }
  };

  return (
    <Page title={t('finderTitle')}>
      <p className="lead">{t('finderIntro')}</p>
      <form className="form narrow" noValidate onSubmit={(event) => void search(event)}>
        <Field id="finder-name" label={t('finderName')} hint={t('finderHint')}>
          {(control) => (
            <input {...control} value={text} onChange={(event) => setText(event.target.value)} />
          )}
        </Field>
        <button type="submit" className="button">
          {t('finderSubmit')}
        </button>
      </form>
      <div aria-live="polite">
        {found === null && (
          <p className="alert alert-error" role="alert">
            {t('errorGeneric')}
          </p>
        )}
        {found?.length === 0 && <p>{t('finderNone')}</p>}
        {found && found.length > 0 && (
          <ul className="commune-list">
            {found.map((commune) => (
              <li key={commune.code}>
                <Link to={`/xa-phuong/${commune.code}`}>
                  {commune.name}, {commune.provinceName}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Page>
  );
}
