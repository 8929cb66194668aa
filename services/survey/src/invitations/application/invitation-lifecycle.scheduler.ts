import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { PollingLoop } from '@libs/clock';

import { SurveyEnvironment } from '../../config/survey.environment';
import { InvitationLifecycleService } from './invitation-lifecycle.service';

/** Runs the lifecycle scan on a real-time timer; the scan itself reads the domain clock. */
@Injectable()
export class InvitationLifecycleScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InvitationLifecycleScheduler.name);
  private readonly loop: PollingLoop<unknown>;

  constructor(lifecycle: InvitationLifecycleService, environment: SurveyEnvironment) {
    this.loop = new PollingLoop<unknown>({
      pass: () => lifecycle.scan(),
      intervalMs: environment.SURVEY_SCAN_INTERVAL_MS,
      onError: (error) => this.logger.warn(`Survey scan failed, will retry: ${String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
