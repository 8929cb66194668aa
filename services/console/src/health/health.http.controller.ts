import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';

import { ConsoleEnvironment } from '../config/console.environment';
import { appIsBuilt, staticDirectory } from '../web-app/infrastructure/single-page-app';

@Controller('health')
export class HealthHttpController {
  constructor(private readonly environment: ConsoleEnvironment) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready once the built app is there to serve; the services report their own readiness. */
  @Get('ready')
  ready(): { status: 'ok' } {
    if (!appIsBuilt(staticDirectory(this.environment.CONSOLE_STATIC_DIR))) {
      throw new ServiceUnavailableException('The console app is not built (npm run build).');
    }
    return { status: 'ok' };
  }
}
