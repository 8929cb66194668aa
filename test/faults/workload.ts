import { vietnamCalendarDate } from '@libs/clock';

import { FaultService } from './fault-services';

export const COMMUNE = '14797';
/** Fee of the procedure (copy-certification), paid in cash before the result is returned. */
const FEE_VND = 2000;
/** How long a careful client keeps retrying one request through an outage. */
const GIVE_UP_AFTER_MS = 240_000;
const RETRY_DELAY_MS = 400;

export interface Answer {
  status: number;
  body: unknown;
}

/** A field deep in a JSON answer, or undefined. */
export function pick(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** Addresses one replica of a service; the suite rotates through them. */
export type Locate = (service: FaultService, path: string, replica: number) => string;

/**
 * An officer's client that behaves as a careful one: it retries a request that got no answer,
 * a 5xx or a 429 on the next replica with the same Idempotency-Key, until it is answered or
 * GIVE_UP_AFTER_MS has passed. Requests alternate between the replicas.
 */
export class Desk {
  private turn = 0;
  retries = 0;

  constructor(
    private readonly locate: Locate,
    private readonly replicas: number,
    private readonly authorization: string,
  ) {}

  async once(
    service: FaultService,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    this.turn += 1;
    const response = await fetch(this.locate(service, path, this.turn % this.replicas), {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: this.authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a proxy's or a crash's page): kept as text for the report
    }
    return { status: response.status, body: parsed };
  }

  /** Retries until an answer that is not 5xx/429; `retried` says whether the first try failed. */
  async reliably(
    service: FaultService,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer & { retried: boolean }> {
    const giveUp = Date.now() + GIVE_UP_AFTER_MS;
    let retried = false;
    let last = '';
    while (Date.now() < giveUp) {
      try {
        const answer = await this.once(service, path, body, headers);
        if (answer.status < 500 && answer.status !== 429) {
          return { ...answer, retried };
        }
        last = `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      retried = true;
      this.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
    throw new Error(`${service} ${path}: no answer after ${GIVE_UP_AFTER_MS / 1000} s (${last})`);
  }
}

export interface Registered {
  key: string;
  registrationId: string;
}

export interface ReceivedDossier {
  key: string;
  dossierId: string;
  /** Processed, paid and returned: the deadline closes and the citizen is invited. */
  returned: boolean;
}

/**
 * A stream of registrations at the one-stop desk: births (each owes one congratulation
 * letter) and, every fourth, a dossier taken through processing, payment and return (each
 * owes one closed deadline, one survey invitation and its figures). It runs until stopped.
 */
export class RegistrationStream {
  readonly births: Registered[] = [];
  readonly dossiers: ReceivedDossier[] = [];
  /** Requests refused (4xx) or never answered: each named, none expected. */
  readonly failures: string[] = [];
  private next = 0;
  private stopping = false;
  private workers: Promise<void>[] = [];

  constructor(
    private readonly desk: Desk,
    private readonly run: string,
  ) {}

  get answered(): number {
    return this.births.length + this.dossiers.length;
  }

  start(concurrency: number): void {
    this.workers = Array.from({ length: concurrency }, () => this.work());
  }

  /** Lets every item in flight finish (retries included), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    while (!this.stopping) {
      const n = this.next;
      this.next += 1;
      try {
        if (n % 4 === 3) {
          await this.dossier(n);
        } else {
          await this.birth(n);
        }
      } catch (error) {
        this.failures.push(`#${n}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async birth(n: number): Promise<void> {
    const key = `${this.run}-birth-${n}`;
    const answer = await this.desk.reliably(
      'intake',
      '/v1/birth-registrations',
      {
        communeCode: COMMUNE,
        child: {
          fullName: `Nguyễn Văn Số ${n + 1}`,
          dateOfBirth: vietnamCalendarDate(new Date(Date.now() - 7 * 86_400_000)),
          sex: n % 2 === 0 ? 'male' : 'female',
        },
        father: { fullName: 'Nguyễn Văn An' },
        mother: { fullName: 'Trần Thị Bình' },
        address: { line: 'Số 12, phố Trần Phú' },
      },
      { 'idempotency-key': key },
    );
    if (answer.status !== 201 && answer.status !== 200) {
      throw new Error(`birth ${key} refused: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    this.births.push({ key, registrationId: String(pick(answer.body, 'registrationId')) });
  }

  private async dossier(n: number): Promise<void> {
    const key = `${this.run}-dossier-${n}`;
    const received = await this.desk.reliably(
      'intake',
      '/v1/dossiers',
      {
        communeCode: COMMUNE,
        procedureKey: 'copy-certification',
        channel: 'counter',
        applicant: {
          fullName: `Hoàng Văn Minh ${n + 1}`,
          phone: '0912345678',
          addressLine: 'Số 7, phố Đào Duy Từ',
        },
      },
      { 'idempotency-key': key },
    );
    if (received.status !== 201 && received.status !== 200) {
      throw new Error(
        `dossier ${key} refused: ${received.status} ${JSON.stringify(received.body)}`,
      );
    }
    const dossier: ReceivedDossier = {
      key,
      dossierId: String(pick(received.body, 'dossierId')),
      returned: false,
    };
    this.dossiers.push(dossier);
    const path = `/v1/dossiers/${dossier.dossierId}`;
    await this.step(path, 'status-changes', { to: 'processed' }, (d) =>
      ['processed', 'result-returned'].includes(String(pick(d, 'status'))),
    );
    await this.step(
      path,
      'payments',
      { amountVnd: FEE_VND, method: 'cash', reference: `BL-${key}` },
      (d) => pick(d, 'fee', 'status') === 'paid',
    );
    await this.step(
      path,
      'status-changes',
      { to: 'result-returned' },
      (d) => pick(d, 'status') === 'result-returned',
    );
    dossier.returned = true;
  }

  /**
   * One step of a lifecycle. These routes take no Idempotency-Key: a retried step that
   * answers 409 is settled by reading the dossier (the first try may have been applied).
   */
  private async step(
    path: string,
    action: string,
    body: unknown,
    done: (dossier: unknown) => boolean,
  ): Promise<void> {
    const answer = await this.desk.reliably('intake', `${path}/${action}`, body);
    if (answer.status === 200 || answer.status === 201) {
      return;
    }
    if (answer.status === 409 && answer.retried) {
      const read = await this.desk.reliably('intake', path);
      if (read.status === 200 && done(read.body)) {
        return;
      }
    }
    throw new Error(`${path}/${action} refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}
