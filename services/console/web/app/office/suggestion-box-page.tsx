import { useCallback, useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { useRemote } from '../api/use-remote';
import { useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { useI18n } from '../i18n/i18n';
import { DataTable } from '../layout/data-table';
import { Field } from '../layout/field';
import { LoadState } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { Page } from '../layout/page';
import { BoxOpening, BoxOpeningSection, OpenedCases } from './box-opening-section';
import { BOX_LOCATION_NAMES, RegisterBoxForm, SuggestionBox } from './register-box-form';

/** "2026-12-02" as the officer reads a day: 02/12/2026. */
const dayOf = (isoDay: string): string => isoDay.split('-').reverse().join('/');

/**
 * The commune's suggestion boxes (hòm thư góp ý): register one, record an opening with the
 * letters found, and read the box's past openings.
 */
export function SuggestionBoxPage() {
  const { t } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  // undefined: loading; null: the service did not answer (never shown as "none").
  const [boxes, setBoxes] = useState<SuggestionBox[] | null | undefined>();
  const [boxId, setBoxId] = useState('');
  const [registering, setRegistering] = useState(false);
  const notice = useNotice();
  const { tell } = notice;
  const [recorded, setRecorded] = useState<BoxOpening | undefined>();
  const [openingsVersion, setOpeningsVersion] = useState(0);

  const load = useCallback(async () => {
    if (!commune) {
      return;
    }
    const result = await api<SuggestionBox[]>(
      'feedback',
      `/v1/suggestion-boxes?communeCode=${commune}&active=true`,
    );
    setBoxes(result.ok ? result.body : null);
    if (result.ok) {
      setBoxId((current) =>
        result.body.some((box) => box.boxId === current) ? current : (result.body[0]?.boxId ?? ''),
      );
    }
  }, [api, commune]);

  useEffect(() => {
    void load();
  }, [load]);

  const openings = useRemote(
    () =>
      boxId ? api<BoxOpening[]>('feedback', `/v1/suggestion-boxes/${boxId}/openings`) : undefined,
    [api, boxId, openingsVersion],
  );

  if (!commune) {
    return <NoCommunePage title={t('boxTitle')} />;
  }
  const box = boxes?.find((candidate) => candidate.boxId === boxId);
  return (
    <Page title={t('boxTitle')}>
      <div className="toolbar">
        <p className="lead">{t('boxIntro', { commune: communeName })}</p>
        <CommuneChooser communes={communes} value={commune} onChange={setCommune} />
      </div>
      <NoticeRegion
        state={notice}
        testId="box-notice"
        details={
          <>
            {recorded && !recorded.witnessedByFatherlandFront && <p>{t('openingNoFront')}</p>}
            {recorded && <OpenedCases opening={recorded} />}
          </>
        }
      />
      <LoadState value={boxes} />
      {boxes && (
        <section aria-labelledby="boxes-title">
          <h2 id="boxes-title">{t('boxList')}</h2>
          {boxes.length === 0 ? (
            <p>{t('boxNone')}</p>
          ) : (
            <Field id="opening-box" label={t('openingBox')}>
              {(control) => (
                <select
                  {...control}
                  value={boxId}
                  onChange={(event) => {
                    setRecorded(undefined);
                    notice.clear();
                    setBoxId(event.target.value);
                  }}
                >
                  {boxes.map((candidate) => (
                    <option key={candidate.boxId} value={candidate.boxId}>
                      {candidate.name} — {t(BOX_LOCATION_NAMES[candidate.locationKind])},{' '}
                      {candidate.address}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {boxes.length > 0 && !registering && (
            <button type="button" className="button secondary" onClick={() => setRegistering(true)}>
              {t('boxRegisterOpen')}
            </button>
          )}
        </section>
      )}
      {boxes && (boxes.length === 0 || registering) && (
        <section aria-labelledby="box-register-title">
          <h2 id="box-register-title">{t('boxRegisterTitle')}</h2>
          <RegisterBoxForm
            commune={commune}
            onRegistered={(registered) => {
              setRegistering(false);
              setRecorded(undefined);
              setBoxes((current) => [...(current ?? []), registered]);
              setBoxId(registered.boxId);
              tell(t('boxRegistered', { name: registered.name }));
            }}
          />
        </section>
      )}
      {box && (
        <section aria-labelledby="opening-title">
          <h2 id="opening-title">{t('openingTitle')}</h2>
          <BoxOpeningSection
            key={box.boxId}
            boxId={box.boxId}
            onRecorded={(opening) => {
              setRecorded(opening);
              setOpeningsVersion((version) => version + 1);
              tell(
                t('openingRecorded', {
                  day: dayOf(opening.openedOn),
                  count: String(opening.letterCount),
                }),
              );
            }}
          />
        </section>
      )}
      {box && (
        <section aria-labelledby="openings-title">
          <h2 id="openings-title">{t('openingHistory', { name: box.name })}</h2>
          <LoadState value={openings} />
          {openings?.length === 0 && <p>{t('openingHistoryNone')}</p>}
          {openings && openings.length > 0 && (
            <DataTable
              columns={[
                { header: t('openingOpenedOn'), cell: (opening) => dayOf(opening.openedOn) },
                {
                  header: t('openingOfficers'),
                  cell: (opening) => opening.officersPresent.join(', '),
                },
                {
                  header: t('openingFront'),
                  cell: (opening) => (opening.witnessedByFatherlandFront ? t('yes') : t('no')),
                },
                { header: t('openingLetterCount'), cell: (opening) => opening.letterCount },
              ]}
              rows={openings}
              rowKey={(opening) => opening.openingId}
            />
          )}
        </section>
      )}
    </Page>
  );
}
