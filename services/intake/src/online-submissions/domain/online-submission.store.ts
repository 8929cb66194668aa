import type { TenantScope } from '@libs/auth';

import type { OnlineSubmission, SubmissionStatus } from './online-submission';

/** Port: what the use cases need of the store; `OnlineSubmissionRepository` implements it. */
export abstract class OnlineSubmissionStore {
  abstract insert(submission: OnlineSubmission): Promise<void>;
  /** Writes the change only if the submission is still in `expected` status; false otherwise. */
  abstract replace(submission: OnlineSubmission, expected: SubmissionStatus): Promise<boolean>;
  abstract findById(id: string, scope: TenantScope): Promise<OnlineSubmission | null>;
  /** Oldest first: the desk accepts in the order citizens submitted. */
  abstract list(
    communeCode: string,
    status: SubmissionStatus | undefined,
    scope: TenantScope,
    limit: number,
  ): Promise<OnlineSubmission[]>;
}
