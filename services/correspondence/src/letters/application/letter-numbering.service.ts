import { Injectable } from '@nestjs/common';

import { Clock, vietnamCalendarDate } from '@libs/clock';
import { CommuneDirectory } from '@libs/reference-data';

import { LetterSettingsService } from '../../settings/application/letter-settings.service';
import { LetterSettings } from '../../settings/domain/letter-settings';
import { placeAndDateLine } from '../domain/compose-letter';
import { formatLetterNumber, Letter } from '../domain/letter';
import { LetterStore } from '../domain/letter.store';
import { LetterNumberStore } from '../domain/letter-number.store';

/**
 * Gives an issued letter its number from the commune's register ("Số: 05/UBND") and dates it
 * on the day of issue (Decree 30/2020, Phụ lục I §II.3–4). A draft has no number: a letter is
 * numbered when it is approved, so the register holds only letters that went out.
 */
@Injectable()
export class LetterNumbering {
  constructor(
    private readonly letters: LetterStore,
    private readonly numbers: LetterNumberStore,
    private readonly settings: LetterSettingsService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * The letter with its number; unchanged when it is a draft or already numbered. A caller
   * that holds the commune's settings passes them, which saves a read per letter.
   */
  async ensureNumber(letter: Letter, known?: LetterSettings): Promise<Letter> {
    const commune = this.communes.find(letter.communeCode);
    if (letter.number || letter.status === 'draft' || !commune) {
      return letter;
    }
    const settings = known ?? (await this.settings.effective(commune));
    const now = this.clock.now();
    const claimed = await this.numbers.claim(
      commune.code,
      Number(vietnamCalendarDate(now).slice(0, 4)),
      letter.id,
      now,
    );
    const number = { value: claimed.number, year: claimed.year, symbol: settings.numberSymbol };
    const numbered = await this.letters.setNumber(letter.id, number, {
      documentNumber: formatLetterNumber(number),
      placeAndDate: placeAndDateLine(commune, this.settings.naming(settings), now),
    });
    return numbered ?? letter;
  }
}
