/** A dossier whose result was returned, as the survey service knows it. */
export interface ReturnedDossier {
  dossierId: string;
  dossierCode: string;
  communeCode: string;
  provinceCode: string;
  procedureKey: string;
  officerId: string | null;
  returnedAt: Date;
  onTime: boolean;
  period: string;
}
