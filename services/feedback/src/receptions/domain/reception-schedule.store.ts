import type { ReadableTenantFilter } from '@libs/auth';

import type { ReceptionSchedule } from './reception-schedule';

/** Port: what the use cases need of the store; `ReceptionScheduleRepository` implements it. */
export abstract class ReceptionScheduleStore {
  abstract save(schedule: ReceptionSchedule): Promise<void>;
  abstract find(
    communeCode: string,
    tenantFilter: ReadableTenantFilter,
  ): Promise<ReceptionSchedule | null>;
}
