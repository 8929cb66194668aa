import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@libs/persistence';
import { Model } from 'mongoose';
import { LetterNumberClaimRecord } from './letter-number.schema';

/** Bounded: each retry means another letter took the number just read, so progress is made. */
const MAX_CLAIM_TRIES = 50;

@Injectable()
export class LetterNumberRepository implements OnModuleInit {
  constructor(
    @InjectModel(LetterNumberClaimRecord.name)
    private readonly model: Model<LetterNumberClaimRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    // No two letters share a number only if the unique indexes exist before the first claim.
    await this.model.init();
  }

  /**
   * The letter's number in the commune's register for the year: the one it already holds, or
   * the next free one. Concurrent claims race on the unique id; the loser reads again.
   */
  async claim(
    communeCode: string,
    year: number,
    letterId: string,
    at: Date,
  ): Promise<{ number: number; year: number }> {
    for (let attempt = 0; attempt < MAX_CLAIM_TRIES; attempt += 1) {
      const held = await this.model.findOne({ letterId }).lean<LetterNumberClaimRecord>().exec();
      if (held) {
        return { number: held.number, year: held.year };
      }
      const last = await this.model
        .findOne({ communeCode, year })
        .sort({ number: -1 })
        .lean<LetterNumberClaimRecord>()
        .exec();
      const number = (last?.number ?? 0) + 1;
      try {
        await this.model.create({
          _id: `${communeCode}:${year}:${number}`,
          communeCode,
          year,
          number,
          letterId,
          claimedAt: at,
        });
        return { number, year };
      } catch (error) {
        if (!isDuplicateKeyError(error)) {
          throw error;
        }
        // Another letter took this number, or this letter was numbered meanwhile: read again.
      }
    }
    throw new Error(`Could not claim a letter number in ${communeCode}/${year}`);
  }
}
