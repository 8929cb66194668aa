import { LetterChannel } from '@libs/contracts';
import { OfficialDocument } from '@libs/documents';

import { Letter } from '../../letters/domain/letter';

/** A letter ready to leave the office, with its printable layout. */
export interface OutgoingLetter {
  letter: Letter;
  document: OfficialDocument;
}

export interface DeliveryReceipt {
  /** The message id given by the SMTP server or the SMS provider. */
  reference?: string;
  /** What was produced for the office to handle (the print batch's PDF). */
  document?: Buffer;
}

/**
 * One way letters leave the office. E-mail and SMS take one letter at a time, as the
 * dispatcher finds them due; paper takes the day's letters together, as one print batch.
 * A channel resolves once the letters are handed over and rejects if they are not.
 */
export interface DeliveryChannel {
  readonly name: LetterChannel;
  /** Whether this deployment can use the channel (SMTP server, SMS provider configured). */
  readonly configured: boolean;
  deliver(letters: readonly OutgoingLetter[]): Promise<DeliveryReceipt>;
}

/** The injection token for the list of channels. */
export const DELIVERY_CHANNELS = Symbol('DELIVERY_CHANNELS');
