import type { DayCounts } from './day-contribution';

export interface CommuneDay {
  communeCode: string;
  day: string;
  counts: DayCounts;
}

/** Port: what the use cases need of the store; `CommuneDayRepository` implements it. */
export abstract class CommuneDayStore {
  /**
   * Adds the increments to the bucket unless it already counted the event, in one
   * single-document upsert. Returns false when it had: the filter then misses the existing
   * bucket and the upsert's insert is refused by its id.
   */
  abstract applyOnce(
    bucket: { communeCode: string; provinceCode: string; day: string },
    eventId: string,
    increments: DayCounts,
    at: Date,
  ): Promise<boolean>;
  /** A commune's buckets from `from` to `to` (inclusive days). */
  abstract forCommune(communeCode: string, from: string, to: string): Promise<CommuneDay[]>;
  /** Every bucket of a province's communes from `from` to `to`. */
  abstract forProvince(provinceCode: string, from: string, to: string): Promise<CommuneDay[]>;
  /** The most recent change to any bucket, or null before the first event. */
  abstract lastUpdatedAt(): Promise<Date | null>;
}
