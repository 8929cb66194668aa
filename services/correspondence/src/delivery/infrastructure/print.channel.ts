import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';
import { renderDocumentsBatchPdf } from '@libs/documents';

import { DeliveryChannel, DeliveryReceipt, OutgoingLetter } from '../domain/delivery-channel';

/** Paper: the day's letters as one PDF, each on its own A4 pages, for the office printer. */
@Injectable()
export class PrintChannel implements DeliveryChannel {
  readonly name = 'print' as const;
  readonly configured = true;

  constructor(private readonly clock: Clock) {}

  async deliver(letters: readonly OutgoingLetter[]): Promise<DeliveryReceipt> {
    const document = await renderDocumentsBatchPdf(
      letters.map((outgoing) => outgoing.document),
      { creationDate: this.clock.now() },
    );
    return { document };
  }
}
