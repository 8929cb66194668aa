import mongoose, { mongo } from 'mongoose';

import { isStoreUnavailable } from './store-unavailable';

describe('isStoreUnavailable', () => {
  it('should recognise a store that cannot be reached or cannot answer in time', () => {
    expect(isStoreUnavailable(new mongo.MongoNetworkError('connect ECONNREFUSED'))).toBe(true);
    expect(isStoreUnavailable(new mongo.MongoNetworkTimeoutError('socket timed out'))).toBe(true);
    expect(isStoreUnavailable(new mongo.MongoOperationTimeoutError('timed out'))).toBe(true);
    expect(
      isStoreUnavailable(
        Object.assign(new Error('timed out'), { name: 'MongoWaitQueueTimeoutError' }),
      ),
    ).toBe(true);
  });

  it('should recognise a replica set that is electing or shutting down', () => {
    expect(
      isStoreUnavailable(new mongo.MongoServerError({ message: 'not primary', code: 10107 })),
    ).toBe(true);
    expect(
      isStoreUnavailable(new mongo.MongoServerError({ message: 'stepped down', code: 189 })),
    ).toBe(true);
  });

  it('should not take a refused or invalid operation for an outage', () => {
    expect(
      isStoreUnavailable(
        new mongo.MongoServerError({ message: 'E11000 duplicate key', code: 11000 }),
      ),
    ).toBe(false);
    expect(isStoreUnavailable(new mongoose.Error.ValidationError())).toBe(false);
    expect(isStoreUnavailable(new Error('boom'))).toBe(false);
  });
});
