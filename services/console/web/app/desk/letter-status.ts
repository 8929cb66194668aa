import { useCallback, useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { MessageKey } from '../i18n/messages';
import { LETTER_STATUS_NAMES, LetterStatus } from '../letters/letter-kinds';

/** What the desk reads of correspondence's LetterResponseDto. */
export interface Letter {
  letterId: string;
  kind: string;
  status: string;
}

/** The status's name; one added to correspondence after this build reads as approved. */
export function letterStatusName(status: string): MessageKey {
  return Object.hasOwn(LETTER_STATUS_NAMES, status)
    ? LETTER_STATUS_NAMES[status as LetterStatus]
    : 'letterStatusApproved';
}

/**
 * The letter correspondence drafted for one fact (`birth:<registrationId>`,
 * `dossier:<dossierId>`), of one kind if given. undefined: not asked yet or loading; null: none
 * yet (it is drafted from an event, a moment later). `refresh` asks again.
 */
export function useLetter(subjectKey: string | undefined, kind?: string) {
  const api = useApi();
  const [letter, setLetter] = useState<Letter | null | undefined>();
  const refresh = useCallback(async () => {
    if (!subjectKey) {
      return;
    }
    const result = await api<Letter[]>(
      'correspondence',
      `/v1/letters?subjectKey=${encodeURIComponent(subjectKey)}${kind ? `&kind=${kind}` : ''}`,
    );
    setLetter(result.ok ? (result.body[0] ?? null) : null);
  }, [api, subjectKey, kind]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { letter, refresh };
}
