import { useState } from 'react';

import { PdfPreview, usePdf } from '../documents/pdf-preview';
import { useI18n } from '../i18n/i18n';

/** Statuses whose written notice is intake's refusal.pdf: Mẫu 03, or the notice of a stop. */
const REFUSAL_STATUSES: ReadonlySet<string> = new Set(['rejected', 'stopped', 'withdrawn']);

/**
 * The slips the citizen is handed when the dossier cannot go on as received: the latest
 * supplement request (Mẫu 02) once one was made, and the refusal (Mẫu 03) or the notice that
 * handling stopped once the dossier ended that way. Each is fetched when the officer asks.
 */
export function DossierSlips({
  dossierId,
  code,
  status,
  supplementRequested,
}: {
  dossierId: string;
  code: string;
  status: string;
  supplementRequested: boolean;
}) {
  const { t } = useI18n();
  const [showSupplement, setShowSupplement] = useState(false);
  const [showRefusal, setShowRefusal] = useState(false);
  const refused = REFUSAL_STATUSES.has(status);
  const supplement = usePdf(
    'intake',
    showSupplement ? `/v1/dossiers/${dossierId}/supplement-request.pdf` : undefined,
  );
  const refusal = usePdf(
    'intake',
    showRefusal && refused ? `/v1/dossiers/${dossierId}/refusal.pdf` : undefined,
  );
  if (!supplementRequested && !refused) {
    return null;
  }
  return (
    <section aria-labelledby="slips-title">
      <h2 id="slips-title">{t('slipsTitle')}</h2>
      <div className="toolbar">
        {supplementRequested && !showSupplement && (
          <button
            type="button"
            className="button secondary"
            onClick={() => setShowSupplement(true)}
          >
            {t('supplementSlipPrint')}
          </button>
        )}
        {refused && !showRefusal && (
          <button type="button" className="button secondary" onClick={() => setShowRefusal(true)}>
            {status === 'rejected' ? t('refusalSlipPrint') : t('stopNoticePrint')}
          </button>
        )}
      </div>
      <PdfPreview pdf={supplement} title={t('supplementSlipFrame', { code })} />
      <PdfPreview
        pdf={refusal}
        title={
          status === 'rejected' ? t('refusalSlipFrame', { code }) : t('stopNoticeFrame', { code })
        }
      />
    </section>
  );
}
