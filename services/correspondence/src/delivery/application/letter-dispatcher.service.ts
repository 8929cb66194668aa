import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { backOff } from 'exponential-backoff';

import { AuditActor } from '@libs/audit';
import { Clock, PollingLoop } from '@libs/clock';
import { maskPersonalDataInText } from '@libs/observability';

import { CorrespondenceEnvironment } from '../../config/correspondence.environment';
import { LetterNumbering } from '../../letters/application/letter-numbering.service';
import { LetterTransitions } from '../../letters/application/letter-transitions.service';
import { Letter } from '../../letters/domain/letter';
import { LetterStore } from '../../letters/domain/letter.store';
import { nextAttemptAfter } from '../../letters/domain/letter-lifecycle';
import { toOfficialDocument } from '../../letters/domain/letter-renditions';
import { DeliveryChannels } from './delivery-channels';

const DISPATCHER: AuditActor = { subject: 'system:letter-dispatcher', roles: ['system'] };
/** Long enough for a slow SMTP exchange with its quick retries; a crashed replica's lease expires. */
const LEASE_MS = 5 * 60_000;
const LETTERS_PER_PASS = 100;

export interface DispatchSummary {
  sent: number;
  failed: number;
}

/**
 * Sends approved letters by e-mail and SMS when they are due. A failed round leaves the
 * letter failed, with its attempts and last error, and due again after a growing wait; a
 * letter is never dropped: after the last round it stays failed until an officer re-sends it.
 */
@Injectable()
export class LetterDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LetterDispatcher.name);
  private readonly loop: PollingLoop<DispatchSummary>;

  constructor(
    private readonly letters: LetterStore,
    private readonly transitions: LetterTransitions,
    private readonly channels: DeliveryChannels,
    private readonly numbering: LetterNumbering,
    private readonly clock: Clock,
    private readonly environment: CorrespondenceEnvironment,
  ) {
    this.loop = new PollingLoop({
      pass: () => this.pass(),
      intervalMs: environment.DELIVERY_POLL_INTERVAL_MS,
      onError: (error) => this.logger.warn(`Dispatch pass failed: ${String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass over the letters due now; concurrent calls share the pass in progress. */
  dispatchDue(): Promise<DispatchSummary> {
    return this.loop.runOnce();
  }

  private async pass(): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, failed: 0 };
    for (let index = 0; index < LETTERS_PER_PASS; index += 1) {
      const letter = await this.letters.claimDue(this.clock.now(), LEASE_MS);
      if (!letter) {
        break;
      }
      summary[await this.deliver(letter)] += 1;
    }
    return summary;
  }

  private async deliver(claimed: Letter): Promise<keyof DispatchSummary> {
    // No letter leaves without its register number (normally given on approval).
    const letter = await this.numbering.ensureNumber(claimed);
    const channel = this.channels.get(letter.channel);
    const attempts = letter.delivery.attempts + 1;
    try {
      if (!channel.configured) {
        throw new Error(`The ${letter.channel} channel is not configured`);
      }
      // Quick retries ride out a dropped connection; the round fails only if all fail.
      const receipt = await backOff(
        () => channel.deliver([{ letter, document: toOfficialDocument(letter) }]),
        {
          numOfAttempts: this.environment.DELIVERY_SEND_TRIES,
          startingDelay: this.environment.DELIVERY_SEND_RETRY_DELAY_MS,
          timeMultiple: 2,
        },
      );
      const now = this.clock.now();
      const moved = await this.transitions.move(letter, {
        to: 'sent',
        action: 'letter.sent',
        actor: DISPATCHER,
        changes: {
          sentAt: now,
          attempts,
          lastAttemptAt: now,
          lastError: null,
          nextAttemptAt: null,
          providerReference: receipt.reference ?? null,
          deliveryLeaseUntil: null,
        },
      });
      await this.releaseIfUnmoved(letter, moved);
      return 'sent';
    } catch (error) {
      const now = this.clock.now();
      const next = nextAttemptAfter(now, attempts, {
        baseMs: this.environment.DELIVERY_RETRY_BASE_MS,
        maxAttempts: this.environment.DELIVERY_MAX_ATTEMPTS,
      });
      // Providers echo recipients in their errors; neither the log nor the record keeps them.
      const reason = maskPersonalDataInText(describe(error));
      this.logger.warn(
        `Letter ${letter.id} by ${letter.channel} failed (round ${attempts}): ${reason}; ${next ? `next round at ${next.toISOString()}` : 'no round left, waiting for a resend'}`,
      );
      const moved = await this.transitions.move(letter, {
        to: 'failed',
        action: 'letter.delivery-failed',
        actor: DISPATCHER,
        changes: {
          failedAt: now,
          attempts,
          lastAttemptAt: now,
          lastError: reason,
          nextAttemptAt: next ?? null,
          deliveryLeaseUntil: null,
        },
      });
      await this.releaseIfUnmoved(letter, moved);
      return 'failed';
    }
  }

  /** An officer changed the letter meanwhile (e.g. a resend): let the next pass see it afresh. */
  private async releaseIfUnmoved(letter: Letter, moved: Letter | null): Promise<void> {
    if (!moved) {
      await this.letters.releaseLease(letter.id);
    }
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}
