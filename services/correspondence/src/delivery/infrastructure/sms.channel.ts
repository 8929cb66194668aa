import { Injectable } from '@nestjs/common';

import { smsText } from '../../letters/domain/letter-renditions';
import { DeliveryChannel, DeliveryReceipt, OutgoingLetter } from '../domain/delivery-channel';
import { SmsProvider } from './sms-provider';

/** A short notice of the letter by SMS, through whichever provider adapter is configured. */
@Injectable()
export class SmsChannel implements DeliveryChannel {
  readonly name = 'sms' as const;

  constructor(private readonly provider: SmsProvider) {}

  get configured(): boolean {
    return this.provider.configured;
  }

  async deliver(letters: readonly OutgoingLetter[]): Promise<DeliveryReceipt> {
    const [outgoing] = letters;
    if (!outgoing || letters.length !== 1) {
      throw new Error('The SMS channel sends exactly one letter');
    }
    const { letter } = outgoing;
    if (!letter.recipientPhone) {
      throw new Error(`Letter ${letter.id} has no phone number`);
    }
    return this.provider.send({
      to: letter.recipientPhone,
      text: smsText(letter),
      reference: letter.id,
    });
  }
}
