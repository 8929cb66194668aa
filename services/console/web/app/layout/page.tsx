import { ReactNode, useEffect, useRef } from 'react';

import { useI18n } from '../i18n/i18n';

/**
 * A page: its title in the tab (WCAG 2.4.2) and its heading focused when it opens, so a
 * screen-reader or keyboard user starts at the new content after each navigation.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
