import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { DEFAULT_PROCEDURES } from '../data/default-procedures';
import { Procedure, ProcedureDefinition } from '../domain/procedure';
import { ProcedureErrors } from '../domain/procedure.errors';
import {
  communeProcedure,
  definitionProblems,
  effectiveCatalogue,
} from '../domain/procedure-catalogue';
import { ProcedureEntryStore } from '../domain/procedure-entry.store';

/** The procedures each commune offers, with their legal times and fees. */
@Injectable()
export class ProcedureCatalogueService {
  constructor(
    private readonly entries: ProcedureEntryStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** The built-in catalogue, or a commune's catalogue with its own entries applied. */
  async list(communeCode?: string): Promise<Procedure[]> {
    if (communeCode === undefined) {
      return effectiveCatalogue(DEFAULT_PROCEDURES, []);
    }
    this.communeOrFail(communeCode);
    return effectiveCatalogue(DEFAULT_PROCEDURES, await this.entries.forCommune(communeCode));
  }

  /** The procedure as the commune offers it today, or undefined (unknown or withdrawn). */
  async find(communeCode: string, key: string): Promise<Procedure | undefined> {
    const entry = await this.entries.find(communeCode, key);
    if (entry) {
      const { active, ...procedure } = entry;
      return active ? communeProcedure(procedure, DEFAULT_PROCEDURES) : undefined;
    }
    return DEFAULT_PROCEDURES.find((procedure) => procedure.key === key);
  }

  async define(
    communeCode: string,
    definition: ProcedureDefinition,
    principal: Principal,
  ): Promise<ProcedureDefinition> {
    const commune = this.communeOrFail(communeCode);
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const normalized: ProcedureDefinition = {
      ...definition,
      name: definition.name.normalize('NFC').replace(/\s+/g, ' ').trim(),
    };
    const problems = definitionProblems(normalized, DEFAULT_PROCEDURES);
    if (problems.length > 0) {
      throw ProcedureErrors.invalid(problems);
    }
    const before = await this.entries.find(communeCode, normalized.key);
    const audit = auditEntry(
      principal,
      before ? 'procedure.changed' : 'procedure.defined',
      diffSnapshots(before ?? undefined, normalized),
      this.clock.now(),
      currentCorrelation()?.correlationId,
    );
    return this.entries.save(
      { communeCode, provinceCode: commune.provinceCode },
      normalized,
      audit,
    );
  }

  private communeOrFail(communeCode: string): Commune {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw ProcedureErrors.invalid([
        { field: 'communeCode', message: `Không có xã, phường mã ${communeCode}.` },
      ]);
    }
    return commune;
  }
}
