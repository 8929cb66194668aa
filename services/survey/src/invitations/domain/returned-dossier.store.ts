import type { ReturnedDossier } from './returned-dossier';

/** Port: what the use cases need of the store; `ReturnedDossierRepository` implements it. */
export abstract class ReturnedDossierStore {
  /** False when the dossier is already registered (a redelivered event). */
  abstract registerOnce(dossier: ReturnedDossier, eventId: string): Promise<boolean>;
  /** Ids of a commune's dossiers returned in a range of months, in id order: the frame. */
  abstract frameIds(communeCode: string, fromPeriod: string, toPeriod: string): Promise<string[]>;
  abstract findMany(dossierIds: string[]): Promise<ReturnedDossier[]>;
}
