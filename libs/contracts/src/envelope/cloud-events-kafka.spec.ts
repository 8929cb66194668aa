import { fromKafkaRecord, MalformedEnvelopeError, toKafkaRecord } from './cloud-events-kafka';
import { EventEnvelope } from './event-envelope';

describe('CloudEvents Kafka binding', () => {
  const envelope: EventEnvelope<{ childName: string; communeCode: string }> = {
    specversion: '1.0',
    id: '7d0c3b52-2f4e-4d8e-9a57-3c1f0b6f9e11',
    type: 'birth.registered.v1',
    source: '/services/intake',
    subject: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
    time: '2026-11-28T18:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'c6a1e0f4-1d2b-4c3a-9e8f-5b6a7c8d9e00',
    causationid: 'request-42',
    communecode: '14797',
    data: { childName: 'Nguyễn Thị Hồng Nhung', communeCode: '14797' },
  };

  const validHeaders = (): Record<string, string> => ({ ...toKafkaRecord(envelope).headers });

  it('should write every attribute as a ce_ header, the subject as key and the data as JSON value', () => {
    const record = toKafkaRecord(envelope);

    expect(record.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: envelope.id,
      ce_type: 'birth.registered.v1',
      ce_source: '/services/intake',
      ce_subject: envelope.subject,
      ce_time: '2026-11-28T18:00:00.000Z',
      ce_correlationid: envelope.correlationid,
      ce_causationid: 'request-42',
      ce_communecode: '14797',
      'content-type': 'application/json',
    });
    expect(record.key).toBe(envelope.subject);
    expect(JSON.parse(record.value)).toEqual(envelope.data);
  });

  it('should read back the same envelope, Vietnamese text included', () => {
    const record = toKafkaRecord(envelope);

    const decoded = fromKafkaRecord(record.headers, Buffer.from(record.value, 'utf8'));

    expect(decoded).toEqual(envelope);
    expect((decoded.data as { childName: string }).childName).toBe('Nguyễn Thị Hồng Nhung');
  });

  it('should leave optional headers out when the envelope has no causation or commune', () => {
    const { causationid: _causation, communecode: _commune, ...withoutExtensions } = envelope;

    const record = toKafkaRecord(withoutExtensions);

    expect(record.headers).not.toHaveProperty('ce_causationid');
    expect(record.headers).not.toHaveProperty('ce_communecode');
    expect(fromKafkaRecord(record.headers, record.value)).toEqual(withoutExtensions);
  });

  it('should accept header values delivered as Buffers, as kafkajs delivers them', () => {
    const record = toKafkaRecord(envelope);
    const bufferHeaders = Object.fromEntries(
      Object.entries(record.headers).map(([name, value]) => [name, Buffer.from(value, 'utf8')]),
    );

    expect(fromKafkaRecord(bufferHeaders, Buffer.from(record.value, 'utf8'))).toEqual(envelope);
  });

  it('should refuse a record without the required headers and name the missing ones', () => {
    const headers: Record<string, string | undefined> = validHeaders();
    delete headers.ce_id;
    delete headers.ce_time;

    const decode = (): unknown => fromKafkaRecord(headers, '{}');

    expect(decode).toThrow(MalformedEnvelopeError);
    expect(decode).toThrow('missing CloudEvents headers: ce_id, ce_time');
  });

  it('should refuse a specversion other than 1.0', () => {
    const headers = { ...validHeaders(), ce_specversion: '0.3' };

    const decode = (): unknown => fromKafkaRecord(headers, '{}');

    expect(decode).toThrow(MalformedEnvelopeError);
    expect(decode).toThrow('unsupported specversion 0.3');
  });

  it('should refuse a record without a value', () => {
    expect(() => fromKafkaRecord(validHeaders(), null)).toThrow(
      new MalformedEnvelopeError('record has no value'),
    );
  });

  it('should refuse a value that is not JSON', () => {
    expect(() => fromKafkaRecord(validHeaders(), Buffer.from('not json {'))).toThrow(
      new MalformedEnvelopeError('record value is not JSON'),
    );
  });

  it('should give malformed-envelope errors a stable code', () => {
    expect.assertions(1);
    try {
      fromKafkaRecord({}, '{}');
    } catch (error) {
      expect((error as MalformedEnvelopeError).code).toBe('EVENT.MALFORMED_ENVELOPE');
    }
  });
});
