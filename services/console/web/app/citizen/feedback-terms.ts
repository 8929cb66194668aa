import { MessageKey } from '../i18n/messages';

/** What a citizen writes (feedback's CITIZEN_KINDS), on the web form or on paper. */
export const FEEDBACK_KINDS = ['suggestion', 'petition', 'recommendation'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_NAMES: Record<FeedbackKind, MessageKey> = {
  suggestion: 'kindSuggestion',
  petition: 'kindPetition',
  recommendation: 'kindRecommendation',
};

/** feedback's FEEDBACK_CATEGORIES, named in the console's two languages. */
export const FEEDBACK_CATEGORY_NAMES = {
  'administrative-procedure': 'catProcedure',
  'officer-conduct': 'catConduct',
  'land-construction': 'catLand',
  environment: 'catEnvironment',
  infrastructure: 'catInfrastructure',
  'public-order': 'catOrder',
  'social-policy': 'catSocial',
  other: 'catOther',
} as const satisfies Record<string, MessageKey>;
export type FeedbackCategory = keyof typeof FEEDBACK_CATEGORY_NAMES;

/** The longest letter or answer feedback accepts (MAX_CONTENT_LENGTH). */
export const MAX_FEEDBACK_TEXT = 5000;
