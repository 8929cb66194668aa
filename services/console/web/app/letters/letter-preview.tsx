import { ReactNode, useEffect, useRef } from 'react';

import { PdfPreview, usePdf } from '../documents/pdf-preview';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { letterKindName } from './letter-kinds';

/** What a preview shows of correspondence's LetterResponseDto. */
export interface PreviewedLetter {
  letterId: string;
  kind: string;
  recipientName: string;
  createdAt: string;
}

/**
 * One letter opened as it will be printed (its PDF, fetched with the officer's token), with
 * the page's own actions beside "Close". Keyboard and screen-reader users land on its heading.
 */
export function LetterPreview({
  letter,
  onClose,
  children,
}: {
  letter: PreviewedLetter;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t, language } = useI18n();
  const preview = usePdf('correspondence', `/v1/letters/${letter.letterId}/pdf`);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [letter.letterId]);

  return (
    <section className="letter-preview" aria-labelledby="letter-preview-title">
      <h2 id="letter-preview-title" tabIndex={-1} ref={heading}>
        {t('letterPreview', { recipient: letter.recipientName })}
      </h2>
      <p>
        {letterKindName(letter.kind, t)} · {t('letterCreatedAt')}:{' '}
        {formatInstant(letter.createdAt, language)}
      </p>
      <PdfPreview
        pdf={preview}
        title={t('letterPreviewFrame', { recipient: letter.recipientName })}
        failedText={t('letterPreviewFailed')}
      />
      <div className="toolbar">
        {children}
        <button type="button" className="button secondary" onClick={onClose}>
          {t('letterClose')}
        </button>
      </div>
    </section>
  );
}
