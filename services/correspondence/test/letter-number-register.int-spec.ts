import { randomUUID } from 'node:crypto';

import { TestRun } from '@libs/testing';

import { LetterNumberRepository } from '../src/letters/infrastructure/letter-number.repository';
import {
  LetterNumberClaimRecord,
  LetterNumberClaimSchema,
  LetterNumberHeadRecord,
  LetterNumberHeadSchema,
} from '../src/letters/infrastructure/letter-number.schema';

describe('correspondence: the letter register under concurrent claims, on the real store', () => {
  const run = new TestRun();
  let register: LetterNumberRepository;

  beforeAll(async () => {
    const connection = await run.connect('letter_numbers');
    const claims = connection.model(LetterNumberClaimRecord.name, LetterNumberClaimSchema);
    const heads = connection.model(LetterNumberHeadRecord.name, LetterNumberHeadSchema);
    register = new LetterNumberRepository(claims, heads);
    await register.onModuleInit();
  });

  afterAll(() => run.cleanUp());

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
