import {
  CollectionScans,
  SERVICE_NAMES,
  ServiceProcesses,
  TestAuthority,
  testInfrastructure,
} from '@libs/testing';

/** A service's answer, its JSON body parsed (undefined when it sent none). */
export interface Reply {
  status: number;
  // The steps read whatever JSON each service sent, as the specs themselves may (any is off there).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function http(url: string, init?: RequestInit): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, body };
}

/** JSON over HTTP: a GET without a body, a POST with one; signed in when given a bearer. */
export const jsonCall = (
  url: string,
  options: { body?: unknown; authorization?: string } = {},
): Promise<Reply> =>
  http(url, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(options.authorization === undefined ? {} : { authorization: options.authorization }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });

/**
 * The five services as processes on the run's own databases and topics, every query plan on
 * those databases recorded so the test can end by checking that none read a collection whole.
 */
export class WatchedServices {
  private constructor(
    readonly processes: ServiceProcesses,
    private readonly plans: CollectionScans,
    private readonly databases: string[],
  ) {}

  static async start(options: {
    firstPort: number;
    run: string;
    authority: TestAuthority;
  }): Promise<WatchedServices> {
    const { kafkaBrokers, mongoUrl } = testInfrastructure();
    const databases = SERVICE_NAMES.map((name) => `e2e_${options.run}_${name}`);
    const plans = await CollectionScans.connect(mongoUrl);
    try {
      await plans.recordQueryPlans(databases);
      const processes = await ServiceProcesses.start({
        firstPort: options.firstPort,
        kafkaBrokers,
        mongoUrl,
        run: options.run,
        environment: options.authority.environment,
      });
      return new WatchedServices(processes, plans, databases);
    } catch (error) {
      await plans.close();
      throw error;
    }
  }

  /** `{ "<database>.<collection>": scans }` for every collection read whole since the start. */
  collectionScans(): Promise<Record<string, number>> {
    return this.plans.scans(this.databases);
  }

  async stop(): Promise<void> {
    await this.plans.close();
    await this.processes.stop();
  }
}
