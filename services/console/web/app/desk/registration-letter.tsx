import { useI18n } from '../i18n/i18n';
import { CivilStatusKind, letterKindName, REGISTRATION_LETTER } from '../letters/letter-kinds';
import { letterStatusName, useLetter } from './letter-status';

/**
 * The letter a dossier's civil-status registration made (a congratulation for a birth or a
 * marriage, a condolence for a death) and where it is, as a term of the dossier's facts.
 * Drafted from the registration's event, it may take a moment to appear.
 */
export function RegistrationLetter({
  kind,
  registrationId,
}: {
  kind: CivilStatusKind;
  registrationId: string;
}) {
  const { t } = useI18n();
  const letterKind = REGISTRATION_LETTER[kind];
  const { letter } = useLetter(`${kind}:${registrationId}`, letterKind);
  return (
    <>
      <dt>{letterKindName(letterKind, t)}</dt>
      <dd data-testid={`${kind}-letter`}>
        {letter ? t(letterStatusName(letter.status)) : t('letterPending')}
      </dd>
    </>
  );
}
