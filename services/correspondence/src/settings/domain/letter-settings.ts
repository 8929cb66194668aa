import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { DEFAULT_ONE_STOP_CENTRE, UnitNaming } from '@libs/documents';

import { DEFAULT_OCCASION_WINDOWS, OccasionWindows } from '../../letters/domain/occasion-window';

/** Who signs the commune's letters (Decree 30/2020: "TM." for the chair, "KT." for a deputy). */
export const SIGNER_ROLES = ['chair', 'vice-chair'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export interface KindSetting {
  kind: LetterKind;
  /** Whether the commune sends this kind of letter at all. */
  enabled: boolean;
  /** Whether a leader approves each letter before it goes out (draft → approved). */
  approvalRequired: boolean;
}

export interface Signer {
  role: SignerRole;
  fullName?: string;
}

/** What happens to an apology a leader has not approved in time. */
export const APPROVAL_FALLBACKS = ['send', 'escalate'] as const;
export type ApprovalFallback = (typeof APPROVAL_FALLBACKS)[number];

/**
 * Approval must never make an apology miss its window: Mẫu 04 reaches the citizen at the latest
 * one day before the original due date (Lai Châu QĐ 88/2025/QĐ-UBND Art. 3(6), following Decree
 * 118/2025). An apology still waiting `withinHours` after it was drafted, or at the original
 * due time if that comes first, is sent as it is ('send') or raised to the chair ('escalate').
 */
export interface ApologyApproval {
  withinHours: number;
  otherwise: ApprovalFallback;
}

export const DEFAULT_APOLOGY_APPROVAL: ApologyApproval = { withinHours: 4, otherwise: 'send' };

/** "UBND" in "Số: 05/UBND": the register's symbol (Decree 30/2020, Phụ lục I §II.3b). */
export const DEFAULT_NUMBER_SYMBOL = 'UBND';

export interface LetterSettings {
  communeCode: string;
  provinceCode: string;
  kinds: KindSetting[];
  signer: Signer;
  /** Days after a birth or a death within which its registration still gets a letter. */
  occasionWindows: OccasionWindows;
  apologyApproval: ApologyApproval;
  /** What the commune is named after; unset: seen from the name or the known list. */
  unitNaming?: UnitNaming;
  /** The commune's one-stop centre, as slips and letters name it (Decree 118/2025). */
  oneStopCentreName: string;
  /** Symbol after the number of every letter: "Số: 05/UBND". */
  numberSymbol: string;
  /** 0 until the commune saves its own settings. */
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

/**
 * Until a leader says otherwise, every kind is sent and each letter waits for a leader's
 * approval: these letters speak for the People's Committee and carry the chair's signature.
 * A survey reminder is a routine notice by e-mail or SMS, so it goes without one.
 */
export function defaultKindSetting(kind: LetterKind): KindSetting {
  return { kind, enabled: true, approvalRequired: kind !== 'survey-reminder' };
}

export function defaultSettings(commune: { code: string; provinceCode: string }): LetterSettings {
  return {
    communeCode: commune.code,
    provinceCode: commune.provinceCode,
    kinds: LETTER_KINDS.map(defaultKindSetting),
    signer: { role: 'chair' },
    occasionWindows: { ...DEFAULT_OCCASION_WINDOWS },
    apologyApproval: { ...DEFAULT_APOLOGY_APPROVAL },
    oneStopCentreName: DEFAULT_ONE_STOP_CENTRE,
    numberSymbol: DEFAULT_NUMBER_SYMBOL,
    version: 0,
  };
}

export function kindSetting(settings: LetterSettings, kind: LetterKind): KindSetting {
  return settings.kinds.find((setting) => setting.kind === kind) ?? defaultKindSetting(kind);
}

/** Applies the kinds a leader listed; the kinds not listed keep their setting. */
export function mergeKindSettings(
  current: readonly KindSetting[],
  changes: readonly KindSetting[],
): KindSetting[] {
  return LETTER_KINDS.map(
    (kind) =>
      changes.find((change) => change.kind === kind) ??
      current.find((setting) => setting.kind === kind) ??
      defaultKindSetting(kind),
  );
}

export function signatureLines(role: SignerRole): string[] {
  switch (role) {
    case 'chair':
      return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    case 'vice-chair':
      // A deputy signs for the chair on behalf of the committee (Decree 30/2020, Phụ lục I
      // §II.7b: "TM." for a collective, "KT." for signing in the head's place).
      return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  }
}
