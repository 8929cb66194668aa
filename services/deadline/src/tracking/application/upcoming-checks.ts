import { Injectable } from '@nestjs/common';

/**
 * When this process last wrote a deadline check that falls due, so the scanner wakes at that
 * instant instead of at its next interval (an overdue alarm within seconds of the due time,
 * not up to DEADLINE_SCAN_INTERVAL_MS later). Checks written by another replica are found by
 * that replica, or by any scanner's interval pass.
 */
@Injectable()
export class UpcomingChecks {
  private listener: ((at: Date) => void) | undefined;

  /** Tells the scanner about a check written at `at` (nothing when there is none). */
  remind(at: Date | undefined): void {
    if (at) {
      this.listener?.(at);
    }
  }

  /** The scanner's subscription; one per process. */
  onReminder(listener: (at: Date) => void): void {
    this.listener = listener;
  }
}
