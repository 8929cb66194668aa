import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanRead, assertCanWrite, Principal } from '@libs/auth';
import { Clock } from '@libs/clock';
import { UnitNaming, unitNaming } from '@libs/documents';
import { currentCorrelation } from '@libs/observability';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { OccasionWindows } from '../../letters/domain/occasion-window';
import {
  ApologyApproval,
  defaultSettings,
  KindSetting,
  LetterSettings,
  mergeKindSettings,
  Signer,
} from '../domain/letter-settings';
import { LetterSettingsErrors } from '../domain/letter-settings.errors';
import { LetterSettingsStore } from '../domain/letter-settings.store';

export interface LetterSettingsChange {
  kinds?: KindSetting[];
  signer?: Signer;
  occasionWindows?: OccasionWindows;
  apologyApproval?: ApologyApproval;
  unitNaming?: UnitNaming;
  oneStopCentreName?: string;
  numberSymbol?: string;
}

/** Which letters a commune sends, which need a leader's approval, and who signs them. */
@Injectable()
export class LetterSettingsService {
  constructor(
    private readonly repository: LetterSettingsStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** The commune's saved settings, or the defaults when it has saved none. */
  async effective(commune: Commune): Promise<LetterSettings> {
    return (await this.repository.find(commune.code)) ?? defaultSettings(commune);
  }

  /** What the commune is named after: its setting, else as seen from its name. */
  naming(settings: LetterSettings): UnitNaming {
    return unitNaming(this.commune(settings.communeCode), settings.unitNaming);
  }

  async read(communeCode: string, principal: Principal): Promise<LetterSettings> {
    const commune = this.commune(communeCode);
    assertCanRead(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    return this.effective(commune);
  }

  async update(
    communeCode: string,
    change: LetterSettingsChange,
    principal: Principal,
  ): Promise<LetterSettings> {
    const commune = this.commune(communeCode);
    assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    const listed = new Set<string>();
    for (const setting of change.kinds ?? []) {
      if (listed.has(setting.kind)) {
        throw LetterSettingsErrors.duplicateKind(setting.kind);
      }
      listed.add(setting.kind);
    }
    const current = await this.effective(commune);
    const now = this.clock.now();
    const next: LetterSettings = {
      ...current,
      kinds: mergeKindSettings(current.kinds, change.kinds ?? []),
      signer: change.signer ?? current.signer,
      occasionWindows: change.occasionWindows ?? current.occasionWindows,
      apologyApproval: change.apologyApproval ?? current.apologyApproval,
      ...((change.unitNaming ?? current.unitNaming)
        ? { unitNaming: change.unitNaming ?? current.unitNaming }
        : {}),
      oneStopCentreName: change.oneStopCentreName?.trim() ?? current.oneStopCentreName,
      numberSymbol: change.numberSymbol ?? current.numberSymbol,
      version: current.version + 1,
      updatedAt: now,
      updatedBy: principal.subject,
    };
    const audit = auditEntry(
      principal,
      'letter-settings.updated',
      diffSnapshots(settingsSnapshot(current), settingsSnapshot(next)),
      now,
      currentCorrelation()?.correlationId,
    );
    if (!(await this.repository.save(next, audit))) {
      throw LetterSettingsErrors.changedMeanwhile(communeCode);
    }
    return next;
  }

  private commune(code: string): Commune {
    const commune = this.communes.find(code);
    if (!commune) {
      throw LetterSettingsErrors.unknownCommune(code);
    }
    return commune;
  }
}

function settingsSnapshot(settings: LetterSettings): Record<string, unknown> {
  return {
    kinds: settings.kinds,
    signer: settings.signer,
    occasionWindows: settings.occasionWindows,
    apologyApproval: settings.apologyApproval,
    unitNaming: settings.unitNaming ?? null,
    oneStopCentreName: settings.oneStopCentreName,
    numberSymbol: settings.numberSymbol,
  };
}
