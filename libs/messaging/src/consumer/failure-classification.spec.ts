import { createServer, Socket } from 'node:net';
import {
  Kafka,
  KafkaJSConnectionError,
  KafkaJSProtocolError,
  KafkaJSRequestTimeoutError,
  logLevel,
} from 'kafkajs';
import mongoose, { mongo, Schema } from 'mongoose';

import { DomainError } from '@libs/errors';

import { NonRetriableEventError } from './event-handling.errors';
import { classifyFailure } from './failure-classification';

/** Port 1 on the loopback: nothing listens there, so every connection is refused at once. */
const NOWHERE = '127.0.0.1:1';

/** A port nothing listens on (fetch refuses to try port 1 at all). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

async function rejectionOf(operation: Promise<unknown>): Promise<unknown> {
  try {
    await operation;
  } catch (error) {
    return error;
  }
  throw new Error('the operation was expected to fail');
}

function protocolError(type: string, code: number, retriable: boolean): KafkaJSProtocolError {
  return new KafkaJSProtocolError(Object.assign(new Error(type), { type, code, retriable }));
}

describe('classifyFailure', () => {
  describe('errors the store, the broker and the network throw while they are away', () => {
    it('should call a real server-selection failure of the MongoDB driver infrastructure', async () => {
      const client = new mongo.MongoClient(`mongodb://${NOWHERE}`, {
        serverSelectionTimeoutMS: 50,
      });
      const error = await rejectionOf(client.connect());

      expect(error).toBeInstanceOf(mongo.MongoServerSelectionError);
      expect(classifyFailure(error)).toBe('infrastructure');
      await client.close();
    });

    it('should call mongoose’s server-selection and buffering time-outs infrastructure', async () => {
      const connection = mongoose.createConnection(`mongodb://${NOWHERE}`, {
        serverSelectionTimeoutMS: 50,
      });
      const selection = await rejectionOf(connection.asPromise());
      const unconnected = mongoose.createConnection();
      const Greeting = unconnected.model(
        'Greeting',
        new Schema({ name: String }, { bufferTimeoutMS: 20 }),
      );
      const buffering = await rejectionOf(Greeting.findOne().exec());

      expect((selection as Error).name).toBe('MongooseServerSelectionError');
      expect(classifyFailure(selection)).toBe('infrastructure');
      expect((buffering as Error).message).toContain('buffering timed out');
      expect(classifyFailure(buffering)).toBe('infrastructure');
      await connection.close();
      await unconnected.close();
    });

    it('should call the driver’s network, pool and time-out errors infrastructure', () => {
      expect(classifyFailure(new mongo.MongoNetworkError('connect ECONNREFUSED'))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(new mongo.MongoNetworkTimeoutError('socket timed out'))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(new mongo.MongoOperationTimeoutError('timed out'))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(new mongo.MongoNotConnectedError('not connected'))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(new mongo.MongoTopologyClosedError())).toBe('infrastructure');
    });

    it('should call a server that is stepping down or shutting down infrastructure', () => {
      const notPrimary = new mongo.MongoServerError({ message: 'not primary', code: 10107 });
      const shuttingDown = new mongo.MongoServerError({ message: 'shutdown', code: 91 });
      const labelled = new mongo.MongoServerError({
        message: 'retry me',
        code: 1,
        errorLabels: ['RetryableWriteError'],
      });

      expect(classifyFailure(notPrimary)).toBe('infrastructure');
      expect(classifyFailure(shuttingDown)).toBe('infrastructure');
      expect(classifyFailure(labelled)).toBe('infrastructure');
    });

    it('should call a real kafkajs connection failure infrastructure', async () => {
      const kafka = new Kafka({
        clientId: 'classification-test',
        brokers: [NOWHERE],
        logLevel: logLevel.NOTHING,
        retry: { retries: 0 },
        connectionTimeout: 100,
      });
      const producer = kafka.producer();
      const error = await rejectionOf(producer.connect());

      expect((error as Error).name).toMatch(/^KafkaJS/);
      expect(classifyFailure(error)).toBe('infrastructure');
      await producer.disconnect();
    });

    it('should call kafkajs’s time-outs, retriable protocol errors and wrapped causes infrastructure', () => {
      const connection = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED');

      expect(classifyFailure(connection)).toBe('infrastructure');
      expect(classifyFailure(new KafkaJSRequestTimeoutError('Request timed out'))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(protocolError('LEADER_NOT_AVAILABLE', 5, true))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(protocolError('NOT_ENOUGH_REPLICAS', 19, true))).toBe(
        'infrastructure',
      );
      expect(classifyFailure(new Error('dead-letter send failed', { cause: connection }))).toBe(
        'infrastructure',
      );
    });

    it('should call refused, reset and timed-out network calls infrastructure', async () => {
      const refused = await rejectionOf(fetch(`http://127.0.0.1:${await closedPort()}/`));
      // a peer that accepts the connection and never answers
      const held: Socket[] = [];
      const silent = createServer((socket) => held.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      const timedOut = await rejectionOf(
        fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(50) }),
      );
      held.forEach((socket) => socket.destroy());
      silent.close();

      expect(classifyFailure(refused)).toBe('infrastructure');
      expect((timedOut as Error).name).toBe('TimeoutError');
      expect(classifyFailure(timedOut)).toBe('infrastructure');
      expect(
        classifyFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
      ).toBe('infrastructure');
    });
  });

  describe('errors that are the event’s own fault or a bug', () => {
    it('should call a refusal by the domain rejected', () => {
      expect(
        classifyFailure(new NonRetriableEventError('COMMUNE.UNKNOWN', 'No 2025 commune 99999')),
      ).toBe('rejected');
      expect(
        classifyFailure(new DomainError('BIRTH.DATE_IN_FUTURE', 'invalid', 'date in the future')),
      ).toBe('rejected');
    });

    it('should not mistake a refused write or a broker’s refusal for an outage', () => {
      const duplicate = new mongo.MongoServerError({
        message: 'E11000 duplicate key',
        code: 11000,
      });
      const validation = new mongoose.Error.ValidationError();

      expect(classifyFailure(duplicate)).toBe('unexpected');
      expect(classifyFailure(validation)).toBe('unexpected');
      expect(classifyFailure(protocolError('TOPIC_AUTHORIZATION_FAILED', 29, false))).toBe(
        'unexpected',
      );
    });

    it('should call a plain bug unexpected', () => {
      expect(
        classifyFailure(new TypeError("Cannot read properties of undefined (reading 'x')")),
      ).toBe('unexpected');
      expect(classifyFailure(new Error('boom'))).toBe('unexpected');
      expect(classifyFailure('a thrown string')).toBe('unexpected');
    });
  });
});
