import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { BoxLocationKind, SuggestionBox } from '../domain/suggestion-box';
import { SuggestionBoxErrors } from '../domain/suggestion-box.errors';
import { SuggestionBoxStore } from '../domain/suggestion-box.store';

export interface NewBox {
  communeCode: string;
  name: string;
  locationKind: BoxLocationKind;
  address: string;
}

export interface BoxChanges {
  name?: string;
  locationKind?: BoxLocationKind;
  address?: string;
  active?: boolean;
}

const line = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function snapshot(box: SuggestionBox): Record<string, unknown> {
  return {
    name: box.name,
    locationKind: box.locationKind,
    address: box.address,
    active: box.active,
  };
}

/** The commune's register of suggestion boxes (hòm thư góp ý) and where each stands. */
@Injectable()
export class SuggestionBoxesService {
  constructor(
    private readonly boxes: SuggestionBoxStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async register(request: NewBox, principal: Principal): Promise<SuggestionBox> {
    const commune = this.communes.find(request.communeCode);
    if (!commune) {
      throw SuggestionBoxErrors.unknownCommune(request.communeCode);
    }
    assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    const now = this.clock.now();
    const box: SuggestionBox = {
      id: randomUUID(),
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      name: nonBlank(line(request.name), 'name'),
      locationKind: request.locationKind,
      address: nonBlank(line(request.address), 'address'),
      active: true,
      createdAt: now,
    };
    const audit = auditEntry(
      principal,
      'suggestion-box.registered',
      diffSnapshots(undefined, snapshot(box)),
      now,
      currentCorrelation()?.correlationId,
    );
    if (!(await this.boxes.insert(box, audit))) {
      throw SuggestionBoxErrors.nameTaken(box.name);
    }
    return box;
  }

  async change(id: string, changes: BoxChanges, principal: Principal): Promise<SuggestionBox> {
    const current = await this.get(id, principal);
    assertCanWrite(principal, current);
    const next: SuggestionBox = {
      ...current,
      ...(changes.name !== undefined ? { name: nonBlank(line(changes.name), 'name') } : {}),
      ...(changes.locationKind ? { locationKind: changes.locationKind } : {}),
      ...(changes.address !== undefined
        ? { address: nonBlank(line(changes.address), 'address') }
        : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
    };
    const diff = diffSnapshots(snapshot(current), snapshot(next));
    if (diff.length === 0) {
      return current;
    }
    const audit = auditEntry(
      principal,
      'suggestion-box.changed',
      diff,
      this.clock.now(),
      currentCorrelation()?.correlationId,
    );
    if ((await this.boxes.update(next, audit)) === 'name-taken') {
      throw SuggestionBoxErrors.nameTaken(next.name);
    }
    return next;
  }

  async get(id: string, principal: Principal): Promise<SuggestionBox> {
    const box = await this.boxes.findById(id, tenantScopeOf(principal));
    if (!box) {
      throw SuggestionBoxErrors.notFound(id);
    }
    return box;
  }

  search(
    query: { communeCode?: string; active?: boolean },
    principal: Principal,
  ): Promise<SuggestionBox[]> {
    return this.boxes.search({ ...query, scope: tenantScopeOf(principal) });
  }
}

function nonBlank(value: string, field: string): string {
  if (!value) {
    throw SuggestionBoxErrors.blank(field);
  }
  return value;
}
