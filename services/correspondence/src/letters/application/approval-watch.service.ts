import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { Clock, PollingLoop } from '@libs/clock';
import { CommuneDirectory } from '@libs/reference-data';

import { CorrespondenceEnvironment } from '../../config/correspondence.environment';
import { LetterSettingsService } from '../../settings/application/letter-settings.service';
import { LetterStore } from '../domain/letter.store';
import { LetterNumbering } from './letter-numbering.service';
import { LetterTransitions } from './letter-transitions.service';

const WATCH: AuditActor = { subject: 'system:approval-watch', roles: ['system'] };
const LETTERS_PER_PASS = 100;

export interface WatchSummary {
  sent: number;
  escalated: number;
  numbered: number;
}

/**
 * Keeps leader approval from making an apology miss its window: an apology still in draft when
 * its approval time comes is sent as drafted or escalated to the chair, as the commune set
 * (settings.apologyApproval). It also numbers any issued letter a crash left without a number.
 * Time is the injectable clock's, so tests move it instead of waiting.
 */
@Injectable()
export class ApprovalWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ApprovalWatch.name);
  private readonly loop: PollingLoop<WatchSummary>;

  constructor(
    private readonly letters: LetterStore,
    private readonly transitions: LetterTransitions,
    private readonly numbering: LetterNumbering,
    private readonly settings: LetterSettingsService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
    environment: CorrespondenceEnvironment,
  ) {
    this.loop = new PollingLoop({
      pass: () => this.pass(),
      intervalMs: environment.APPROVAL_WATCH_INTERVAL_MS,
      onError: (error) => this.logger.warn(`Approval watch failed: ${String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass; concurrent calls share the pass in progress. */
  runDue(): Promise<WatchSummary> {
    return this.loop.runOnce();
  }

  private async pass(): Promise<WatchSummary> {
    const summary: WatchSummary = { sent: 0, escalated: 0, numbered: 0 };
    const now = this.clock.now();
    for (const letter of await this.letters.findApprovalDue(now, LETTERS_PER_PASS)) {
      const commune = this.communes.find(letter.communeCode);
      if (!commune) {
        continue;
      }
      const { otherwise } = (await this.settings.effective(commune)).apologyApproval;
      if (otherwise === 'send') {
        const moved = await this.transitions.move(letter, {
          to: 'approved',
          action: 'letter.auto-approved',
          actor: WATCH,
          changes: {
            approvedAt: now,
            ...(letter.channel !== 'print' ? { nextAttemptAt: now } : {}),
          },
        });
        if (moved) {
          await this.numbering.ensureNumber(moved);
          summary.sent += 1;
        }
      } else {
        const audit = auditEntry(
          WATCH,
          'letter.approval-escalated',
          [{ field: 'escalatedAt', to: JSON.stringify(now.toISOString()) }],
          now,
        );
        if (await this.letters.markEscalated(letter.id, now, audit)) {
          this.logger.warn(
            `Apology ${letter.id} of ${letter.communeCode} not approved by ${letter.approval?.dueAt.toISOString() ?? '?'}: escalated to the chair`,
          );
          summary.escalated += 1;
        }
      }
    }
    for (const letter of await this.letters.findIssuedWithoutNumber(LETTERS_PER_PASS)) {
      if ((await this.numbering.ensureNumber(letter)).number) {
        summary.numbered += 1;
      }
    }
    return summary;
  }
}
