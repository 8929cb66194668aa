import { useCallback, useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable, RowButton } from '../layout/data-table';
import { LoadState } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { Page } from '../layout/page';
import { letterKindName } from '../letters/letter-kinds';
import { LetterPreview } from '../letters/letter-preview';

/** What the page reads of correspondence's LetterResponseDto. */
interface DraftLetter {
  letterId: string;
  kind: string;
  recipientName: string;
  createdAt: string;
  approvalDueAt?: string;
}

/**
 * The leader's tray: the commune's drafts waiting for approval, each opened with its PDF as
 * it will be printed and approved from there.
 */
export function LettersToApprovePage() {
  const { t, language } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  // undefined: loading; null: the service did not answer (never shown as "none").
  const [letters, setLetters] = useState<DraftLetter[] | null | undefined>();
  const [selected, setSelected] = useState<DraftLetter | undefined>();
  const [approving, setApproving] = useState(false);
  // After the preview closes, the leader continues from the message about what happened.
  const notice = useNotice();
  const { tell, clear: clearNotice } = notice;

  const load = useCallback(async () => {
    if (!commune) {
      return;
    }
    const result = await api<DraftLetter[]>(
      'correspondence',
      `/v1/letters?communeCode=${commune}&status=draft&limit=50`,
    );
    setLetters(result.ok ? result.body : null);
  }, [api, commune]);

  useEffect(() => {
    void load();
  }, [load]);

  const kindName = (kind: string): string => letterKindName(kind, t);

  const open = (letter: DraftLetter) => {
    clearNotice();
    setSelected(letter);
  };

  const approve = async (letter: DraftLetter) => {
    setApproving(true);
    const result = await api<DraftLetter>(
      'correspondence',
      `/v1/letters/${letter.letterId}/approve`,
      { method: 'POST' },
    );
    setApproving(false);
    if (result.ok) {
      setSelected(undefined);
      setLetters((current) => current?.filter((row) => row.letterId !== letter.letterId));
      tell(t('letterApproved', { recipient: letter.recipientName }));
      void load();
    } else if (result.status === 409 || result.status === 404) {
      setSelected(undefined);
      tell(t(result.status === 409 ? 'letterNotDraft' : 'letterNotFound'), 'error');
      void load();
    } else if (result.status !== 401) {
      tell(t('errorGeneric'), 'error');
    }
  };

  if (!commune) {
    return <NoCommunePage title={t('approvalsTitle')} />;
  }
  return (
    <Page title={t('approvalsTitle')}>
      <div className="toolbar">
        <p className="lead">{t('approvalsIntro', { commune: communeName })}</p>
        <CommuneChooser
          communes={communes}
          value={commune}
          onChange={(next) => {
            setSelected(undefined);
            setCommune(next);
          }}
        />
        <button type="button" className="button secondary" onClick={() => void load()}>
          {t('deskRefresh')}
        </button>
      </div>
      <NoticeRegion state={notice} testId="approval-notice" />
      {selected && (
        <LetterPreview letter={selected} onClose={() => setSelected(undefined)}>
          <button
            type="button"
            className="button"
            disabled={approving}
            onClick={() => void approve(selected)}
          >
            {approving ? t('letterApproving') : t('letterApprove')}
          </button>
        </LetterPreview>
      )}
      <section aria-labelledby="approvals-list" className="approvals-list">
        <h2 id="approvals-list">
          {t('approvalsList')} {letters ? <span className="count">({letters.length})</span> : null}
        </h2>
        <LoadState value={letters} />
        {letters?.length === 0 && <p>{t('approvalsEmpty')}</p>}
        {letters && letters.length > 0 && (
          <DataTable
            columns={[
              { header: t('letterKind'), cell: (letter) => kindName(letter.kind) },
              { header: t('letterRecipient'), cell: (letter) => letter.recipientName },
              {
                header: t('letterCreatedAt'),
                cell: (letter) => formatInstant(letter.createdAt, language),
              },
              {
                header: t('letterApproveBy'),
                cell: (letter) =>
                  letter.approvalDueAt ? formatInstant(letter.approvalDueAt, language) : '—',
              },
              {
                header: t('letterOpen'),
                hidden: true,
                cell: (letter) => (
                  <RowButton
                    label={t('letterOpen')}
                    accessibleName={t('letterOpenFor', { recipient: letter.recipientName })}
                    onClick={() => open(letter)}
                  />
                ),
              },
            ]}
            rows={letters}
            rowKey={(letter) => letter.letterId}
            currentRow={selected?.letterId}
          />
        )}
      </section>
    </Page>
  );
}
