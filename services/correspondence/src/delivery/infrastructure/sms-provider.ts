import { CorrespondenceEnvironment } from '../../config/correspondence.environment';

export interface SmsMessage {
  /** The recipient's number as given by the citizen, e.g. 0912345678 or +84912345678. */
  to: string;
  text: string;
  /** Our letter id, echoed back by providers in delivery reports. */
  reference: string;
}

/**
 * An SMS gateway. Vietnamese carriers are reached through brand-name providers, each with
 * its own API; an adapter per provider keeps the rest of the service unaware of which.
 */
export abstract class SmsProvider {
  abstract readonly configured: boolean;
  /** Resolves with the provider's message id once accepted; rejects otherwise. */
  abstract send(message: SmsMessage): Promise<{ reference?: string }>;
}

/**
 * A provider reached with one JSON POST: `{ to, text, sender, reference }`, bearer token if
 * configured; any 2xx accepts, an `id` or `messageId` in the answer is kept as the reference.
 */
export class HttpSmsProvider extends SmsProvider {
  constructor(
    private readonly settings: Pick<
      CorrespondenceEnvironment,
      'SMS_HTTP_URL' | 'SMS_HTTP_TOKEN' | 'SMS_SENDER' | 'SMS_HTTP_TIMEOUT_MS'
    >,
  ) {
    super();
  }

  get configured(): boolean {
    return this.settings.SMS_HTTP_URL !== '';
  }

  async send(message: SmsMessage): Promise<{ reference?: string }> {
    if (!this.configured) {
      throw new Error('No SMS provider is configured (SMS_HTTP_URL)');
    }
    const response = await fetch(this.settings.SMS_HTTP_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(this.settings.SMS_HTTP_TOKEN
          ? { authorization: `Bearer ${this.settings.SMS_HTTP_TOKEN}` }
          : {}),
      },
      body: JSON.stringify({ ...message, sender: this.settings.SMS_SENDER }),
      signal: AbortSignal.timeout(this.settings.SMS_HTTP_TIMEOUT_MS),
    });
    const body = await response.text();
    if (!response.ok) {
      throw new Error(`SMS provider answered ${response.status}: ${body.slice(0, 300)}`);
    }
    try {
      const parsed = JSON.parse(body) as { id?: unknown; messageId?: unknown };
      const reference = parsed.id ?? parsed.messageId;
      return typeof reference === 'string' || typeof reference === 'number'
        ? { reference: String(reference) }
        : {};
    } catch {
      return {};
    }
  }
}
