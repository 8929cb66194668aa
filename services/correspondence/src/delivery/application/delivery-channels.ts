import { Inject, Injectable } from '@nestjs/common';

import { LetterChannel } from '@libs/contracts';

import { DELIVERY_CHANNELS, DeliveryChannel } from '../domain/delivery-channel';

/** The channels of this deployment, by name. */
@Injectable()
export class DeliveryChannels {
  constructor(@Inject(DELIVERY_CHANNELS) private readonly channels: DeliveryChannel[]) {}

  get(name: LetterChannel): DeliveryChannel {
    const channel = this.channels.find((candidate) => candidate.name === name);
    if (!channel) {
      throw new Error(`No delivery channel named ${name}`);
    }
    return channel;
  }
}
