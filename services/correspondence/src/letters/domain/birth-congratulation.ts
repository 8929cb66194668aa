import { BirthRegisteredV1 } from '@libs/contracts';
import { DEFAULT_ONE_STOP_CENTRE, oneStopCentre, unitNaming } from '@libs/documents';
import { Commune } from '@libs/reference-data';
import { builtInTemplate } from '../../templates/domain/letter-template';
import { communeNameInText, composeLetter } from './compose-letter';
import { LetterContent } from './letter';
import { birthLetterRequest } from './letter-requests';

export { parentsSalutationName } from './letter-requests';

/**
 * The congratulation a commune People's Committee sends to parents on a registered birth,
 * in the built-in wording and signed for the committee by its chair.
 */
export function composeBirthCongratulation(
  event: BirthRegisteredV1,
  commune: Commune,
  writtenAt: Date,
): LetterContent {
  const request = birthLetterRequest(event);
  const naming = unitNaming(commune);
  return composeLetter({
    wording: builtInTemplate('birth-congratulation'),
    values: {
      ...request.values,
      communeName: communeNameInText(commune, naming),
      oneStopCentre: oneStopCentre(commune, naming, DEFAULT_ONE_STOP_CENTRE).inSentence,
    },
    commune,
    naming,
    signer: { role: 'chair' },
    writtenAt,
  });
}
