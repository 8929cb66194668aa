import { KafkaMessage } from 'kafkajs';

import { DeadLetterDetails, deadLetterRecord } from './dead-letter';

describe('deadLetterRecord', () => {
  const message: KafkaMessage = {
    key: Buffer.from('0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01'),
    value: Buffer.from(JSON.stringify({ child: { fullName: 'Lê Minh Khôi' } })),
    headers: { ce_type: Buffer.from('birth.registered.v1'), ce_id: Buffer.from('event-1') },
    timestamp: '1795888800000',
    attributes: 0,
    offset: '42',
  };

  const details: DeadLetterDetails = {
    reason: 'retries-exhausted',
    error: 'MongoServerError: connection refused',
    sourceTopic: 'intake.civil-status.v1',
    sourcePartition: 2,
    groupId: 'correspondence',
    attempts: 5,
    failedAt: new Date('2026-11-28T18:00:00.000Z'),
  };

  it('should keep the original key, value and headers so the record can be replayed as it was', () => {
    const record = deadLetterRecord(message, details);

    expect(record.key).toBe(message.key);
    expect(record.value).toBe(message.value);
    expect(record.headers.ce_type).toBe(message.headers?.ce_type);
    expect(record.headers.ce_id).toBe(message.headers?.ce_id);
  });

  it('should say why, where from and when the record failed in dlq_ headers', () => {
    const record = deadLetterRecord(message, details);

    expect(record.headers).toMatchObject({
      dlq_reason: 'retries-exhausted',
      dlq_error: 'MongoServerError: connection refused',
      dlq_source_topic: 'intake.civil-status.v1',
      dlq_source_partition: '2',
      dlq_source_offset: '42',
      dlq_consumer_group: 'correspondence',
      dlq_attempts: '5',
      dlq_failed_at: '2026-11-28T18:00:00.000Z',
    });
  });

  it('should truncate a long error to 2000 characters', () => {
    const record = deadLetterRecord(message, { ...details, error: 'x'.repeat(5000) });

    expect(record.headers.dlq_error).toBe('x'.repeat(2000));
  });

  it('should dead-letter a record that has no key, value or headers of its own', () => {
    const bare: KafkaMessage = {
      key: null,
      value: null,
      headers: {},
      timestamp: message.timestamp,
      attributes: 0,
      offset: '42',
    };

    const record = deadLetterRecord(bare, { ...details, reason: 'malformed-envelope' });

    expect(record.key).toBeNull();
    expect(record.value).toBeNull();
    expect(record.headers.dlq_reason).toBe('malformed-envelope');
    expect(record.headers.dlq_source_offset).toBe('42');
  });
});
