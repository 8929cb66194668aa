import { FeedbackCategory, FeedbackKind } from '../citizen/feedback-terms';
import { MessageKey } from '../i18n/messages';

/** feedback's WITNESS_ORGANISATIONS, named in the console's two languages. */
export const WITNESS_ORGANISATION_NAMES = {
  'fatherland-front': 'orgFatherlandFront',
  'people-inspection': 'orgPeopleInspection',
  other: 'orgOther',
} as const satisfies Record<string, MessageKey>;
export type WitnessOrganisation = keyof typeof WITNESS_ORGANISATION_NAMES;

export interface WitnessDraft {
  fullName: string;
  organisation: WitnessOrganisation;
  position: string;
}

export interface LetterDraft {
  kind: FeedbackKind;
  category: FeedbackCategory;
  content: string;
  /** The writer's name when the letter is signed; blank for an anonymous letter. */
  fullName: string;
  phone: string;
  addressLine: string;
}

/** The opening form as typed: officers one per line, every text untrimmed. */
export interface OpeningDraft {
  openedOn: string;
  officers: string;
  witnesses: WitnessDraft[];
  minutesNumber: string;
  minutesSummary: string;
  letters: LetterDraft[];
}

export const EMPTY_WITNESS: WitnessDraft = {
  fullName: '',
  organisation: 'fatherland-front',
  position: '',
};

export const EMPTY_LETTER: LetterDraft = {
  kind: 'petition',
  category: 'other',
  content: '',
  fullName: '',
  phone: '',
  addressLine: '',
};

export function emptyOpening(today: string): OpeningDraft {
  return {
    openedOn: today,
    officers: '',
    witnesses: [],
    minutesNumber: '',
    minutesSummary: '',
    letters: [],
  };
}

const clean = (value: string): string => value.trim().normalize('NFC');

/** Only what was typed: an absent optional field is left out, never sent blank. */
function present<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values)
      .map(([key, value]) => [key, clean(value)])
      .filter(([, value]) => value !== ''),
  ) as Partial<T>;
}

/** feedback's RecordOpeningRequestDto for the draft. */
export function openingRequest(draft: OpeningDraft): Record<string, unknown> {
  const minutes = present({ number: draft.minutesNumber, summary: draft.minutesSummary });
  return {
    openedOn: draft.openedOn,
    officersPresent: draft.officers.split('\n').map(clean).filter(Boolean),
    ...(draft.witnesses.length > 0
      ? {
          witnesses: draft.witnesses.map((witness) => ({
            organisation: witness.organisation,
            fullName: clean(witness.fullName),
            ...present({ position: witness.position }),
          })),
        }
      : {}),
    // Minutes with a number but no text go as they are: the service says what is missing.
    ...(Object.keys(minutes).length > 0 ? { minutes: { summary: '', ...minutes } } : {}),
    letters: draft.letters.map((letter) => {
      const contact = present({
        fullName: letter.fullName,
        phone: letter.phone,
        addressLine: letter.addressLine,
      });
      return {
        kind: letter.kind,
        category: letter.category,
        content: clean(letter.content),
        ...(Object.keys(contact).length > 0 ? { contact: { fullName: '', ...contact } } : {}),
      };
    }),
  };
}

/** The form field a service path belongs to: every officer's line is the one text area. */
export function openingFieldOf(path: string): string {
  return path.startsWith('officersPresent') ? 'officersPresent' : path;
}
