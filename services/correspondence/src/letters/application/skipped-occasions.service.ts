import { Injectable } from '@nestjs/common';

import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { LetterSettingsService } from '../../settings/application/letter-settings.service';
import { Letter } from '../domain/letter';
import { LetterErrors } from '../domain/letter.errors';
import { LetterStore } from '../domain/letter.store';
import { SkippedOccasion, SkippedOccasionStore } from '../domain/skipped-occasion.store';
import { LetterDraftingService } from './letter-drafting.service';

/**
 * The events that got no letter because they were registered outside the letter window, and
 * an officer's request for the letter anyway: refused while the event is still outside the
 * commune's window, naming the rule; written if a leader has since widened the window.
 */
@Injectable()
export class SkippedOccasionsService {
  constructor(
    private readonly skipped: SkippedOccasionStore,
    private readonly drafting: LetterDraftingService,
    private readonly letters: LetterStore,
    private readonly settings: LetterSettingsService,
    private readonly communes: CommuneDirectory,
  ) {}

  search(
    communeCode: string | undefined,
    limit: number,
    principal: Principal,
  ): Promise<SkippedOccasion[]> {
    return this.skipped.search(communeCode, tenantScopeOf(principal), limit);
  }

  async requestLetter(id: string, principal: Principal): Promise<Letter> {
    const occasion = await this.skipped.findById(id, tenantScopeOf(principal));
    const commune = occasion ? this.communes.find(occasion.communeCode) : undefined;
    if (!occasion || !commune) {
      throw new DomainError('OCCASION.NOT_FOUND', 'not-found', `Không tìm thấy sự kiện ${id}.`);
    }
    assertCanWrite(principal, occasion);
    const settings = await this.settings.effective(commune);
    const check = this.drafting.windowCheck(occasion.request, settings);
    if (check && !check.within) {
      throw LetterErrors.outsideWindow(check.rule, check.days);
    }
    await this.drafting.write(occasion.request, occasion.envelope, commune, settings);
    const letter = await this.letters.findBySubject(occasion.kind, occasion.subjectKey);
    if (!letter) {
      // The commune does not send this kind of letter at all.
      throw LetterErrors.kindNotSent(occasion.kind);
    }
    return letter;
  }
}
