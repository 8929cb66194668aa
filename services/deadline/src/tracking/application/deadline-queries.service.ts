import { Injectable } from '@nestjs/common';

import { Principal, tenantScopeOf } from '@libs/auth';

import { Deadline } from '../domain/deadline';
import { DeadlineErrors } from '../domain/deadline.errors';
import { DeadlineStore, DeadlineView } from '../domain/deadline.store';

/** Reads for officers, leaders and the province; another commune's deadline is not found. */
@Injectable()
export class DeadlineQueriesService {
  constructor(private readonly repository: DeadlineStore) {}

  async list(
    query: { communeCode?: string; view: DeadlineView; limit: number },
    principal: Principal,
  ): Promise<Deadline[]> {
    return this.repository.search({ ...query, scope: tenantScopeOf(principal) });
  }

  async get(id: string, principal: Principal): Promise<Deadline> {
    const stored = await this.repository.findById(id, tenantScopeOf(principal));
    if (!stored) {
      throw DeadlineErrors.notFound(id);
    }
    return stored.deadline;
  }

  async bySubject(subjectId: string, principal: Principal): Promise<Deadline> {
    const deadline = await this.repository.findBySubject(subjectId, tenantScopeOf(principal));
    if (!deadline) {
      throw DeadlineErrors.notFoundForSubject(subjectId);
    }
    return deadline;
  }
}
