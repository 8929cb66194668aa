import { ReturnedDossier } from '../domain/returned-dossier';
import { ReturnedDossierFields } from './returned-dossier.schema';

/** The fields a frame entry and an invitation store of their returned dossier. */
export function toReturnedDossierFields(dossier: ReturnedDossier): ReturnedDossierFields {
  return {
    dossierCode: dossier.dossierCode,
    communeCode: dossier.communeCode,
    provinceCode: dossier.provinceCode,
    procedureKey: dossier.procedureKey,
    procedureName: dossier.procedureName,
    officerId: dossier.officerId,
    returnedAt: dossier.returnedAt,
    onTime: dossier.onTime,
    period: dossier.period,
  };
}

/** The returned dossier a frame entry or an invitation stored (older ones lack the name). */
export function toReturnedDossier(
  dossierId: string,
  record: ReturnedDossierFields,
): ReturnedDossier {
  const fields = toReturnedDossierFields({ ...record, dossierId });
  return {
    ...fields,
    dossierId,
    procedureName: fields.procedureName ?? null,
    officerId: fields.officerId ?? null,
  };
}
