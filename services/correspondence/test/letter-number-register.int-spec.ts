import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';

import { testInfrastructure } from '@libs/testing';

import { LetterNumberRepository } from '../src/letters/infrastructure/letter-number.repository';
import {
  LetterNumberClaimRecord,
  LetterNumberClaimSchema,
  LetterNumberHeadRecord,
  LetterNumberHeadSchema,
} from '../src/letters/infrastructure/letter-number.schema';

describe('correspondence: the letter register under concurrent claims, on the real store', () => {
  const { mongoUrl } = testInfrastructure();
  let connection: Connection;
  let register: LetterNumberRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(mongoUrl, { dbName: `it_letter_numbers_${randomUUID().slice(0, 8)}` })
      .asPromise();
    const claims = connection.model(LetterNumberClaimRecord.name, LetterNumberClaimSchema);
    const heads = connection.model(LetterNumberHeadRecord.name, LetterNumberHeadSchema);
    register = new LetterNumberRepository(claims, heads);
    await register.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('should give 60 letters claiming at once the numbers 1 to 60, each once', async () => {
    const letters = Array.from({ length: 60 }, () => randomUUID());

    const claimed = await Promise.all(
      letters.map((letterId) => register.claim('14797', 2026, letterId, new Date())),
    );

    expect(claimed.map((one) => one.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, index) => index + 1),
    );
    // A letter asking again keeps its number.
    expect(await register.claim('14797', 2026, letters[7] ?? '', new Date())).toEqual(claimed[7]);
  });
});
