import { LETTER_KINDS, LetterKind } from '@libs/contracts';

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

export interface LetterSettings {
  communeCode: string;
  provinceCode: string;
  kinds: KindSetting[];
  signer: Signer;
  /** 0 until the commune saves its own settings. */
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

/**
 * Until a leader says otherwise, every kind is sent and each letter waits for a leader's
 * approval: these letters speak for the People's Committee and carry the chair's signature.
 */
export function defaultSettings(commune: { code: string; provinceCode: string }): LetterSettings {
  return {
    communeCode: commune.code,
    provinceCode: commune.provinceCode,
    kinds: LETTER_KINDS.map((kind) => ({ kind, enabled: true, approvalRequired: true })),
    signer: { role: 'chair' },
    version: 0,
  };
}

export function kindSetting(settings: LetterSettings, kind: LetterKind): KindSetting {
  return (
    settings.kinds.find((setting) => setting.kind === kind) ?? {
      kind,
      enabled: true,
      approvalRequired: true,
    }
  );
}

/** Applies the kinds a leader listed; the kinds not listed keep their setting. */
export function mergeKindSettings(
  current: readonly KindSetting[],
  changes: readonly KindSetting[],
): KindSetting[] {
  return LETTER_KINDS.map(
    (kind) =>
      changes.find((change) => change.kind === kind) ??
      current.find((setting) => setting.kind === kind) ?? {
        kind,
        enabled: true,
        approvalRequired: true,
      },
  );
}

export function signatureLines(role: SignerRole): string[] {
  switch (role) {
    case 'chair':
      return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    case 'vice-chair':
      return ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  }
}
