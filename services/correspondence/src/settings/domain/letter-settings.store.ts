import type { AuditEntry } from '@libs/audit';

import type { LetterSettings } from './letter-settings';

/** Port: what the use cases need of the store; `LetterSettingsRepository` implements it. */
export abstract class LetterSettingsStore {
  abstract find(communeCode: string): Promise<LetterSettings | null>;
  /**
   * Saves settings whose version is one more than the stored one; false when someone else
   * saved in between (the caller re-reads and the leader retries).
   */
  abstract save(settings: LetterSettings, audit: AuditEntry): Promise<boolean>;
}
