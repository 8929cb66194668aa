import type { CredentialDigests } from './invitation.store';
import type { CredentialLookup } from './survey-credentials';

/** Port: what the use cases need of the store; `SurveyCredentialRepository` implements it. */
export abstract class SurveyCredentialStore {
  /**
   * Reserves the token and code for an invitation. False when either is already taken (a
   * short-code collision): nothing stays reserved and the caller draws again.
   */
  abstract reserve(digests: CredentialDigests, invitationId: string, at: Date): Promise<boolean>;
  /** Frees credentials no invitation uses (replaced, or reserved for a duplicate). */
  abstract release(digests: CredentialDigests): Promise<void>;
  abstract invitationIdOf(lookup: CredentialLookup): Promise<string | null>;
}
