import { IHeaders, KafkaMessage } from 'kafkajs';

export type DeadLetterReason =
  | 'malformed-envelope'
  | 'contract-violation'
  | 'unknown-event-type'
  | 'non-retriable'
  | 'retries-exhausted';

export interface DeadLetterDetails {
  reason: DeadLetterReason;
  error: string;
  sourceTopic: string;
  sourcePartition: number;
  groupId: string;
  attempts: number;
  failedAt: Date;
}

const MAX_ERROR_LENGTH = 2000;

/**
 * The dead-letter record keeps the original key, value and headers untouched, so it can be
 * inspected and replayed to its source topic as it was, plus `dlq_*` headers saying why.
 */
export function deadLetterRecord(
  message: KafkaMessage,
  details: DeadLetterDetails,
): { key: Buffer | null; value: Buffer | null; headers: IHeaders } {
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      dlq_reason: details.reason,
      dlq_error: details.error.slice(0, MAX_ERROR_LENGTH),
      dlq_source_topic: details.sourceTopic,
      dlq_source_partition: String(details.sourcePartition),
      dlq_source_offset: message.offset,
      dlq_consumer_group: details.groupId,
      dlq_attempts: String(details.attempts),
      dlq_failed_at: details.failedAt.toISOString(),
    },
  };
}
