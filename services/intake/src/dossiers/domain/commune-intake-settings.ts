/**
 * What a commune's desk decides or is given for receiving dossiers: its agency e-ID (from the
 * province's list, Decision 20/2020/QĐ-TTg), the dossier code form, and what happens to a counter
 * receipt outside office hours.
 */

/**
 * - provincial: `{agency e-ID}-{YYMMDD}-{4-digit sequence}`, the form of provincial one-stop
 *   systems (Decree 61/2018 → Decree 118/2025: agency e-ID + receipt date + sequence);
 * - national-centralised: `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX` of Circular 03/2025/TT-VPCP
 *   art. 13(3) (added by Circular 04/2025/TT-VPCP), only for procedures on a centralised
 *   national system; AA are two digits of the e-ID of the agency owning that system.
 */
export type DossierCodeForm = 'provincial' | 'national-centralised';

/**
 * A counter receipt outside office hours: refused, dated to the next office session, or (the
 * default until a commune chooses) recorded at the handover. Dating forward is not the default
 * yet: the status changes an officer makes before that session would then precede the receipt,
 * and the deadline service orders a dossier's changes by their time.
 */
export type AfterHoursCounterPolicy = 'refuse' | 'next-working-period' | 'at-handover';

export interface ProvinceAgencyPrefix {
  /** 2-digit statistics code (QĐ 19/2025/QĐ-TTg), e.g. '38'. */
  provinceCode: string;
  /** Level-1 agency code of the province (QĐ 20/2020/QĐ-TTg), e.g. 'H56'. */
  level1Code: string;
  /** The provincial People's Committee's own e-ID, e.g. '000.00.00.H56'. */
  provinceAgencyId: string;
  source: string;
}

export interface CommuneIntakeSettings {
  communeCode: string;
  /** The commune's e-ID as the province's list gives it. */
  agencyElectronicId?: string;
  /** Where the e-ID comes from (the province's decision or list). */
  agencyIdSource?: string;
  /** E-IDs of the former communes merged into this one, whose old codes may be imported. */
  formerAgencyIds?: readonly string[];
  codeForm?: DossierCodeForm;
  /** AA of the national form: two digits of the e-ID of the agency owning the system. */
  systemOwnerDigits?: string;
  afterHoursCounter?: AfterHoursCounterPolicy;
}

export interface AgencyIdentity {
  agencyElectronicId: string;
  level1Code: string;
  /** True while the province's list has no entry for the commune (see `resolveIntakeSettings`). */
  provisional: boolean;
  source: string;
  formerAgencyIds: readonly string[];
}

export interface IntakeSettings {
  /** Undefined when the province's level-1 code is unknown: no code can be issued. */
  agency: AgencyIdentity | undefined;
  codeForm: DossierCodeForm;
  systemOwnerDigits?: string;
  afterHoursCounter: AfterHoursCounterPolicy;
}

export interface IntakeSettingsTables {
  prefixes: readonly ProvinceAgencyPrefix[];
  communes: readonly CommuneIntakeSettings[];
}

/** Decision 20/2020/QĐ-TTg: 13 characters, levels 4.3.2.1, e.g. 000.00.00.H56. */
const DECISION_20_ID = /^\d{3}\.\d{2}\.\d{2}\.([A-Z]\d{2})$/;
/** The same identity written level 1 first, as in MX1X2.Y1Y2Y3.Z1Z2, e.g. H56.147.97. */
const LEVEL_FIRST_ID = /^([A-Z]\d{2})(\.[0-9A-Z]{1,5}){1,3}$/;

/** The level-1 (province or ministry) code of an agency e-ID in either written order. */
export function level1CodeOf(agencyId: string): string | undefined {
  return DECISION_20_ID.exec(agencyId)?.[1] ?? LEVEL_FIRST_ID.exec(agencyId)?.[1];
}

/** Every problem of the tables at once, one line each (empty when valid). */
export function intakeSettingsProblems(tables: IntakeSettingsTables): string[] {
  const problems: string[] = [];
  const prefixes = new Map<string, ProvinceAgencyPrefix>();
  for (const prefix of tables.prefixes) {
    if (!/^\d{2}$/.test(prefix.provinceCode) || !/^[A-Z]\d{2}$/.test(prefix.level1Code)) {
      problems.push(`province ${prefix.provinceCode}: codes are 2 digits and a letter + 2 digits`);
    }
    if (level1CodeOf(prefix.provinceAgencyId) !== prefix.level1Code) {
      problems.push(
        `province ${prefix.provinceCode}: ${prefix.provinceAgencyId} is not under ${prefix.level1Code}`,
      );
    }
    if (prefix.source.trim() === '') {
      problems.push(`province ${prefix.provinceCode}: source must say where the code comes from`);
    }
    prefixes.set(prefix.provinceCode, prefix);
  }
  const seen = new Set<string>();
  for (const entry of tables.communes) {
    const name = `commune ${entry.communeCode}`;
    if (seen.has(entry.communeCode)) {
      problems.push(`${name}: listed twice`);
    }
    seen.add(entry.communeCode);
    for (const id of [entry.agencyElectronicId, ...(entry.formerAgencyIds ?? [])]) {
      if (id !== undefined && level1CodeOf(id) === undefined) {
        problems.push(`${name}: ${id} is not an agency e-ID`);
      }
    }
    if (entry.agencyElectronicId !== undefined && !entry.agencyIdSource?.trim()) {
      problems.push(`${name}: agencyIdSource must say which list the e-ID comes from`);
    }
    if (
      entry.codeForm === 'national-centralised' &&
      !/^\d{2}$/.test(entry.systemOwnerDigits ?? '')
    ) {
      problems.push(`${name}: the national form needs systemOwnerDigits (2 digits)`);
    }
  }
  return problems;
}

/**
 * The commune's settings with their defaults. The e-ID is the one the province's list gives;
 * while the list has no entry, a provisional one in the level-1-first shape is built from the
 * province's real level-1 code and the commune's statistics code (Phường Hạc Thành: H56.147.97)
 * and marked provisional. A province without a known level-1 code gets no identity at all.
 */
export function resolveIntakeSettings(
  commune: { code: string; provinceCode: string },
  tables: IntakeSettingsTables,
): IntakeSettings {
  const entry = tables.communes.find((candidate) => candidate.communeCode === commune.code);
  const prefix = tables.prefixes.find(
    (candidate) => candidate.provinceCode === commune.provinceCode,
  );
  let agency: AgencyIdentity | undefined;
  if (prefix && entry?.agencyElectronicId) {
    if (level1CodeOf(entry.agencyElectronicId) !== prefix.level1Code) {
      throw new RangeError(
        `Commune ${commune.code}: e-ID ${entry.agencyElectronicId} is not under ${prefix.level1Code}`,
      );
    }
    agency = {
      agencyElectronicId: entry.agencyElectronicId,
      level1Code: prefix.level1Code,
      provisional: false,
      source: entry.agencyIdSource ?? prefix.source,
      formerAgencyIds: entry.formerAgencyIds ?? [],
    };
  } else if (prefix && /^\d{5}$/.test(commune.code)) {
    agency = {
      agencyElectronicId: `${prefix.level1Code}.${commune.code.slice(0, 3)}.${commune.code.slice(3)}`,
      level1Code: prefix.level1Code,
      provisional: true,
      source: `${prefix.source} Provisional: built from the level-1 code and the commune's statistics code until the province's list is loaded.`,
      formerAgencyIds: entry?.formerAgencyIds ?? [],
    };
  }
  return {
    agency,
    codeForm: entry?.codeForm ?? 'provincial',
    ...(entry?.systemOwnerDigits ? { systemOwnerDigits: entry.systemOwnerDigits } : {}),
    afterHoursCounter: entry?.afterHoursCounter ?? 'at-handover',
  };
}
