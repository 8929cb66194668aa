import { Controller, Get, Header } from '@nestjs/common';

import { ConsoleEnvironment } from '../../config/console.environment';

export interface ConsoleConfiguration {
  oidc: { issuer: string; clientId: string };
}

/** Read by the app at start, so one build runs in every environment. */
@Controller()
export class ConsoleConfigHttpController {
  constructor(private readonly environment: ConsoleEnvironment) {}

  @Get('config.json')
  @Header('cache-control', 'no-cache')
  configuration(): ConsoleConfiguration {
    return {
      oidc: { issuer: this.environment.OIDC_ISSUER, clientId: this.environment.OIDC_CLIENT_ID },
    };
  }
}
