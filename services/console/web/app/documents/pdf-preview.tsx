import { useEffect, useState } from 'react';

import { fetchFile, Service } from '../api/api-client';
import { useSession } from '../auth/auth';
import { useI18n } from '../i18n/i18n';

export type PdfState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; url: string }
  | { state: 'failed'; status: number; code: string };

/**
 * A PDF a service serves to signed-in officers (a letter, a receipt, a survey slip). It needs
 * the officer's token, which an <iframe> cannot send, so it is fetched as a Blob and shown
 * through an object URL, released when the path changes or the page closes. No path: idle.
 * A new `attempt` fetches the same path again (after "try again").
 */
export function usePdf(service: Service, path: string | undefined, attempt = 0): PdfState {
  const { accessToken, sessionExpired } = useSession();
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  useEffect(() => {
    if (!path) {
      setPdf({ state: 'idle' });
      return;
    }
    let active = true;
    let url: string | undefined;
    setPdf({ state: 'loading' });
    void fetchFile(service, path, 'application/pdf', accessToken).then(async (result) => {
      if (!active) {
        return;
      }
      if (result.ok) {
        url = URL.createObjectURL(result.blob);
        setPdf({ state: 'ready', url });
      } else if (result.status === 401) {
        await sessionExpired();
      } else {
        setPdf({ state: 'failed', status: result.status, code: result.code });
      }
    });
    return () => {
      active = false;
      if (url) {
        URL.revokeObjectURL(url);
      }
    };
    // Keyed on the document only: the token is renewed every few minutes and an open
    // document must not reload (a survey slip, for one, is revealed only once).
  }, [service, path, attempt]);
  return pdf;
}

/** The document as it will be printed, with a link to open it alone and print it. */
export function PdfPreview({
  pdf,
  title,
  failedText,
}: {
  pdf: PdfState;
  title: string;
  failedText?: string;
}) {
  const { t } = useI18n();
  switch (pdf.state) {
    case 'idle':
      return null;
    case 'loading':
      return <p role="status">{t('pdfLoading')}</p>;
    case 'failed':
      return (
        <p className="alert alert-error" role="alert">
          {failedText ?? t('pdfFailed')}
        </p>
      );
    case 'ready':
      return (
        <>
          <iframe className="pdf-frame" src={pdf.url} title={title} />
          <p>
            <a href={pdf.url} target="_blank" rel="noopener noreferrer">
              {t('pdfOpenToPrint')}
            </a>
          </p>
        </>
      );
  }
}
