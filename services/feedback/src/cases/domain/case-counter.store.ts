/** Port: what the use cases need of the store; `CaseCounterRepository` implements it. */
export abstract class CaseCounterStore {
  /** The next number for the commune and year; concurrent callers never get the same one. */
  abstract next(communeCode: string, year: number): Promise<number>;
}
