/** Port: how far reporting's consumer group is behind; `ConsumerLagReader` asks Kafka. */
export abstract class ConsumerLag {
  /**
   * Σ over partitions of (end offset − committed offset); a partition the group has not
   * committed on yet counts from its earliest offset, as the group will read it from there.
   */
  abstract lag(): Promise<number>;
}
