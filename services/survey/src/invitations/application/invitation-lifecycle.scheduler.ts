import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SurveyEnvironment } from '../../config/survey.environment';
import { InvitationLifecycleService } from './invitation-lifecycle.service';

/** Runs the lifecycle scan on a real-time timer; the scan itself reads the domain clock. */
@Injectable()
export class InvitationLifecycleScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InvitationLifecycleScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly lifecycle: InvitationLifecycleService,
    private readonly environment: SurveyEnvironment,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.environment.SURVEY_SCAN_INTERVAL_MS;
    if (interval > 0) {
      this.timer = setInterval(() => this.tick(), interval);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) {
      return; // The previous pass is still going; skip rather than pile up.
    }
    this.running = this.lifecycle
      .scan()
      .catch((error: unknown) =>
        this.logger.warn(`Survey scan failed, will retry: ${String(error)}`),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
