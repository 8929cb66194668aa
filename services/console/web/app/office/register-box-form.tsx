import { FormEvent, useRef, useState } from 'react';

import { useApi } from '../api/use-api';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField, NamedOptions } from '../layout/field';
import { fieldId, Problems, problemsOf, ProblemSummary } from '../layout/form-problems';

/** feedback's BOX_LOCATION_KINDS, named in the console's two languages. */
export const BOX_LOCATION_NAMES = {
  'cultural-house': 'locCulturalHouse',
  'residential-group': 'locResidentialGroup',
  'one-stop-desk': 'locOneStopDesk',
} as const satisfies Record<string, MessageKey>;
type BoxLocationKind = keyof typeof BOX_LOCATION_NAMES;

/** What the console reads of feedback's SuggestionBoxResponseDto. */
export interface SuggestionBox {
  boxId: string;
  name: string;
  locationKind: BoxLocationKind;
  address: string;
  active: boolean;
}

const FORM = 'box';
const LABELS: Record<string, MessageKey> = {
  name: 'boxName',
  locationKind: 'boxLocationKind',
  address: 'boxAddress',
};

/** Registers a suggestion box of the commune and where it stands. */
export function RegisterBoxForm({
  commune,
  onRegistered,
}: {
  commune: string;
  onRegistered: (box: SuggestionBox) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [values, setValues] = useState({
    name: '',
    locationKind: 'one-stop-desk' as BoxLocationKind,
    address: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const register = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    const result = await api<SuggestionBox>('feedback', '/v1/suggestion-boxes', {
      body: {
        communeCode: commune,
        name: values.name.trim().normalize('NFC'),
        locationKind: values.locationKind,
        address: values.address.trim().normalize('NFC'),
      },
    });
    setBusy(false);
    if (result.ok) {
      setProblems({});
      onRegistered(result.body);
    } else if (result.status !== 401) {
      setProblems(problemsOf(result, t('errorGeneric')));
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  const text = (field: 'name' | 'address') => (
    <InputField
      id={fieldId(FORM, field)}
      label={t(LABELS[field] ?? 'boxName')}
      required
      errors={problems[field]}
      autoComplete="off"
      value={values[field]}
      onChange={(typed) => setValues((current) => ({ ...current, [field]: typed }))}
    />
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void register(event)}>
      <ProblemSummary
        ref={summary}
        form={FORM}
        problems={problems}
        labelOf={(path) => (LABELS[path] ? t(LABELS[path]) : undefined)}
      />
      {text('name')}
      <Field id={fieldId(FORM, 'locationKind')} label={t('boxLocationKind')} required>
        {(control) => (
          <select
            {...control}
            value={values.locationKind}
            onChange={(event) =>
              setValues((current) => ({
                ...current,
                locationKind: event.target.value as BoxLocationKind,
              }))
            }
          >
            <NamedOptions names={BOX_LOCATION_NAMES} />
          </select>
        )}
      </Field>
      {text('address')}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('working') : t('boxRegister')}
      </button>
    </form>
  );
}
