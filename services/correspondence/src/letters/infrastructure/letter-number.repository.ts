import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { isDuplicateKeyError } from '@libs/persistence';

import { LetterNumberStore } from '../domain/letter-number.store';
import { LetterNumberClaimRecord, LetterNumberHeadRecord } from './letter-number.schema';

/** Bounded: each retry means another letter took the number tried, so progress is made. */
const MAX_CLAIM_TRIES = 50;

@Injectable()
export class LetterNumberRepository implements LetterNumberStore, OnModuleInit {
  constructor(
    @InjectModel(LetterNumberClaimRecord.name)
    private readonly model: Model<LetterNumberClaimRecord>,
    @InjectModel(LetterNumberHeadRecord.name)
    private readonly heads: Model<LetterNumberHeadRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    // No two letters share a number only if the unique indexes exist before the first claim.
    await this.model.init();
  }

  /**
   * The letter's number in the commune's register for the year: the one it already holds, or
   * the next free one. Concurrent claims race on the unique id; the loser tries the next number.
   * The cost is a few point reads whatever the size of the register.
   */
  async claim(
    communeCode: string,
    year: number,
    letterId: string,
    at: Date,
  ): Promise<{ number: number; year: number }> {
    const held = await this.held(letterId);
    if (held) {
      return held;
    }
    const headId = `${communeCode}:${year}`;
    let number = (await this.lastClaimed(headId, communeCode, year)) + 1;
    for (let attempt = 0; attempt < MAX_CLAIM_TRIES; attempt += 1) {
      try {
        await this.model.create({
          _id: `${communeCode}:${year}:${number}`,
          communeCode,
          year,
          number,
          letterId,
          claimedAt: at,
        });
        await this.advanceHead(headId, number);
        return { number, year };
      } catch (error) {
        if (!isDuplicateKeyError(error)) {
          throw error;
        }
      }
      // Another letter took this number, or this letter was numbered meanwhile.
      const numbered = await this.held(letterId);
      if (numbered) {
        return numbered;
      }
      await this.advanceHead(headId, number);
      // Jump past what the winners have claimed meanwhile, not one number at a time: with many
      // concurrent claims, walking would take as many tries as there are claimers.
      number = Math.max(number, await this.lastClaimed(headId, communeCode, year)) + 1;
    }
    throw new Error(`Could not claim a letter number in ${communeCode}/${year}`);
  }

  private async held(letterId: string): Promise<{ number: number; year: number } | null> {
    const claim = await this.model.findOne({ letterId }).lean<LetterNumberClaimRecord>().exec();
    return claim ? { number: claim.number, year: claim.year } : null;
  }

  /** The register's head; for a register kept before heads existed, read once from its claims. */
  private async lastClaimed(headId: string, communeCode: string, year: number): Promise<number> {
    const head = await this.heads.findById(headId).lean<LetterNumberHeadRecord>().exec();
    if (head) {
      return head.last;
    }
    const last = await this.model
      .findOne({ communeCode, year })
      .sort({ number: -1 })
      .lean<LetterNumberClaimRecord>()
      .exec();
    return last?.number ?? 0;
  }

  private async advanceHead(headId: string, number: number): Promise<void> {
    await this.heads
      .updateOne({ _id: headId }, { $max: { last: number } }, { upsert: true })
      .exec();
  }
}
