import { LegalTerms, Procedure, ProcedureDefinition } from './procedure';

/** The law-given terms of a built-in procedure, which a commune entry keeps. */
function legalTermsOf(builtIn: Procedure | undefined): LegalTerms {
  if (!builtIn) {
    return {};
  }
  const { verification, feeBasis, certificationRegister, requiredDocuments } = builtIn;
  return {
    ...(verification ? { verification } : {}),
    ...(feeBasis ? { feeBasis } : {}),
    ...(certificationRegister ? { certificationRegister } : {}),
    ...(requiredDocuments ? { requiredDocuments } : {}),
  };
}

/** A commune's active entry as the procedure it offers, keeping a built-in's legal terms. */
export function communeProcedure(
  entry: Omit<ProcedureDefinition, 'active'>,
  defaults: readonly Procedure[],
): Procedure {
  const builtIn = defaults.find((procedure) => procedure.key === entry.key);
  return { ...entry, ...legalTermsOf(builtIn), source: 'commune' };
}

/**
 * The procedures a commune offers: the built-in catalogue, with the commune's own entries
 * replacing built-in ones of the same key, adding new ones, or withdrawing them (inactive).
 */
export function effectiveCatalogue(
  defaults: readonly Procedure[],
  communeEntries: readonly ProcedureDefinition[],
): Procedure[] {
  const byKey = new Map<string, Procedure>(defaults.map((procedure) => [procedure.key, procedure]));
  for (const { active, ...entry } of communeEntries) {
    if (active) {
      byKey.set(entry.key, communeProcedure(entry, defaults));
    } else {
      byKey.delete(entry.key);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/**
 * Rules for a commune's own entry. A built-in procedure keeps its civil-status outcome:
 * correspondence relies on every registered birth, marriage and death being announced.
 */
export function definitionProblems(
  definition: ProcedureDefinition,
  defaults: readonly Procedure[],
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const builtIn = defaults.find((procedure) => procedure.key === definition.key);
  if (builtIn && builtIn.civilStatusOutcome !== definition.civilStatusOutcome) {
    problems.push({
      field: 'civilStatusOutcome',
      message: `Thủ tục ${builtIn.name} luôn có kết quả hộ tịch "${builtIn.civilStatusOutcome}".`,
    });
  }
  if (definition.name.normalize('NFC').trim() === '') {
    problems.push({ field: 'name', message: 'Tên thủ tục không được để trống.' });
  }
  return problems;
}
