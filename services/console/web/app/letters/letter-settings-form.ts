import type { MessageKey } from '../i18n/messages';

/** What the page reads of correspondence's LetterSettingsResponseDto. */
export interface LetterSettings {
  communeCode: string;
  kinds: { kind: string; enabled: boolean; approvalRequired: boolean }[];
  signer: { role: SignerRole; fullName?: string };
  signatureBlock: string[];
  occasionWindows: { birthDays: number; deathDays: number };
  apologyApproval: { withinHours: number; otherwise: ApprovalFallback };
  unitNaming: UnitNaming;
  oneStopCentreName: string;
  numberSymbol: string;
  version: number;
  updatedAt?: string;
}

export const SIGNER_ROLES = ['chair', 'vice-chair'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const APPROVAL_FALLBACKS = ['send', 'escalate'] as const;
export type ApprovalFallback = (typeof APPROVAL_FALLBACKS)[number];
/** libs/documents UNIT_NAMINGS: what the commune is named after. */
export const UNIT_NAMINGS = ['place', 'person', 'number', 'event'] as const;
export type UnitNaming = (typeof UNIT_NAMINGS)[number];

/** The settings as typed: numbers stay text until saved, so a wrong one is kept as typed. */
export interface SettingsValues {
  kinds: LetterSettings['kinds'];
  signerRole: SignerRole;
  signerName: string;
  birthDays: string;
  deathDays: string;
  withinHours: string;
  otherwise: ApprovalFallback;
  unitNaming: UnitNaming;
  oneStopCentreName: string;
  numberSymbol: string;
}

export type SettingsField = keyof SettingsValues;

export function settingsValues(settings: LetterSettings): SettingsValues {
  return {
    kinds: settings.kinds.map((kind) => ({ ...kind })),
    signerRole: settings.signer.role,
    signerName: settings.signer.fullName ?? '',
    birthDays: String(settings.occasionWindows.birthDays),
    deathDays: String(settings.occasionWindows.deathDays),
    withinHours: String(settings.apologyApproval.withinHours),
    otherwise: settings.apologyApproval.otherwise,
    unitNaming: settings.unitNaming,
    oneStopCentreName: settings.oneStopCentreName,
    numberSymbol: settings.numberSymbol,
  };
}

/** The limits of UpdateLetterSettingsRequestDto's numbers. */
export const NUMBER_LIMITS = {
  birthDays: { min: 0, max: 3650 },
  deathDays: { min: 0, max: 3650 },
  withinHours: { min: 1, max: 48 },
} as const;

const NUMBER_SYMBOL = /^[A-ZĐ]{1,10}(-[A-ZĐ]{1,10}){0,2}$/u;

export type SettingsProblem = { key: MessageKey; values?: Record<string, string> };

/** The same rules as correspondence's UpdateLetterSettingsRequestDto, checked before the trip. */
export function validateSettings(
  values: SettingsValues,
): Partial<Record<SettingsField, SettingsProblem>> {
  const problems: Partial<Record<SettingsField, SettingsProblem>> = {};
  for (const [field, { min, max }] of Object.entries(NUMBER_LIMITS)) {
    const text = values[field as keyof typeof NUMBER_LIMITS].trim();
    const number = Number(text);
    if (!/^\d+$/.test(text) || number < min || number > max) {
      problems[field as keyof typeof NUMBER_LIMITS] = {
        key: 'errWholeNumber',
        values: { min: String(min), max: String(max) },
      };
    }
  }
  if (!NUMBER_SYMBOL.test(values.numberSymbol.trim())) {
    problems.numberSymbol = { key: 'errNumberSymbol' };
  }
  const centre = values.oneStopCentreName.trim();
  if (centre.length < 5 || centre.length > 120) {
    problems.oneStopCentreName = { key: 'errCentreName' };
  }
  if (values.signerName.trim().length > 100) {
    problems.signerName = { key: 'errSignerName' };
  }
  return problems;
}

/** PUT /v1/letter-settings/:communeCode with every setting, as the leader left it. */
export function settingsRequest(values: SettingsValues): object {
  const signerName = values.signerName.trim().normalize('NFC');
  return {
    kinds: values.kinds.map(({ kind, enabled, approvalRequired }) => ({
      kind,
      enabled,
      approvalRequired,
    })),
    signer: { role: values.signerRole, ...(signerName ? { fullName: signerName } : {}) },
    occasionWindows: {
      birthDays: Number(values.birthDays.trim()),
      deathDays: Number(values.deathDays.trim()),
    },
    apologyApproval: {
      withinHours: Number(values.withinHours.trim()),
      otherwise: values.otherwise,
    },
    unitNaming: values.unitNaming,
    oneStopCentreName: values.oneStopCentreName.trim().normalize('NFC'),
    numberSymbol: values.numberSymbol.trim(),
  };
}

const FIELD_OF_PATH: Record<string, SettingsField> = {
  'signer.role': 'signerRole',
  'signer.fullName': 'signerName',
  'occasionWindows.birthDays': 'birthDays',
  'occasionWindows.deathDays': 'deathDays',
  'apologyApproval.withinHours': 'withinHours',
  'apologyApproval.otherwise': 'otherwise',
  unitNaming: 'unitNaming',
  oneStopCentreName: 'oneStopCentreName',
  numberSymbol: 'numberSymbol',
};

/**
 * The service's refusals beside the fields they concern (`kinds[2].enabled` beside the kinds);
 * problems on anything else are returned under `form`.
 */
export function placeSettingsProblems(
  fields: Record<string, string[]>,
): Partial<Record<SettingsField | 'form', string[]>> {
  const placed: Partial<Record<SettingsField | 'form', string[]>> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const target = path.startsWith('kinds') ? 'kinds' : (FIELD_OF_PATH[path] ?? 'form');
    placed[target] = [...(placed[target] ?? []), ...messages];
  }
  return placed;
}
