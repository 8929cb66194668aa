import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';
import { EventEnvelope } from '@libs/contracts';
import { CommuneDirectory } from '@libs/reference-data';

import { CommuneDayStore } from '../domain/commune-day.store';
import { contributionOf } from '../domain/day-contribution';

export type ProjectionOutcome = 'counted' | 'already-counted' | 'not-counted';

/**
 * Adds each event to its commune-day bucket once. The event id is the guard, so a
 * redelivery, a replay or a rebuild from the beginning of the topics gives the same figures.
 */
@Injectable()
export class Projector {
  constructor(
    private readonly days: CommuneDayStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async project(envelope: EventEnvelope): Promise<ProjectionOutcome> {
    const contribution = contributionOf(envelope.type, envelope.data);
    if (!contribution) {
      return 'not-counted';
    }
    const provinceCode =
      this.communes.find(contribution.communeCode)?.provinceCode ??
      (envelope.data as { provinceCode?: string }).provinceCode ??
      '';
    const counted = await this.days.applyOnce(
      { communeCode: contribution.communeCode, provinceCode, day: contribution.day },
      envelope.id,
      contribution.increments,
      this.clock.now(),
    );
    return counted ? 'counted' : 'already-counted';
  }
}
