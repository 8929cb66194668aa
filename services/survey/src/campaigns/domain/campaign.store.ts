import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { Campaign } from './campaign';

/** Port: what the use cases need of the store; `CampaignRepository` implements it. */
export abstract class CampaignStore {
  abstract insert(campaign: Campaign, audit: AuditEntry): Promise<void>;
  /** Opens the campaign once its invitations exist; a repeated call changes nothing. */
  abstract markOpen(id: string, invitationsIssued: number, audit: AuditEntry): Promise<void>;
  abstract findById(id: string, scope: TenantScope): Promise<Campaign | null>;
  abstract list(communeCode: string, scope: TenantScope): Promise<Campaign[]>;
}
