import { BaseRpcContext } from '@nestjs/microservices';

import { EventEnvelope } from '@libs/contracts';

type KafkaEventContextArgs = [
  topic: string,
  partition: number,
  offset: string,
  envelope: EventEnvelope,
];

/** What a handler may know about the record it is handling. */
export class KafkaEventContext extends BaseRpcContext<KafkaEventContextArgs> {
  getTopic(): string {
    return this.args[0];
  }

  getPartition(): number {
    return this.args[1];
  }

  getOffset(): string {
    return this.args[2];
  }

  getEnvelope(): EventEnvelope {
    return this.args[3];
  }
}
