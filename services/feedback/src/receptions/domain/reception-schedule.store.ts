import type { TenantScope } from '@libs/auth';

import type { ReceptionSchedule } from './reception-schedule';

/** Port: what the use cases need of the store; `ReceptionScheduleRepository` implements it. */
export abstract class ReceptionScheduleStore {
  abstract save(schedule: ReceptionSchedule): Promise<void>;
  /** A schedule's id is its commune code. */
  abstract findById(communeCode: string, scope: TenantScope): Promise<ReceptionSchedule | null>;
}
