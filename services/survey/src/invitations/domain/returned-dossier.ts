/** A dossier whose result was returned, as the survey service knows it. */
export interface ReturnedDossier {
  dossierId: string;
  dossierCode: string;
  communeCode: string;
  provinceCode: string;
  procedureKey: string;
  /** Vietnamese name of the procedure; null for events published before it was carried. */
  procedureName: string | null;
  officerId: string | null;
  returnedAt: Date;
  onTime: boolean;
  /** YYYY-MM of the return in Vietnam time. */
  period: string;
}
