import { canMove, CASE_STATUS_LABELS, FeedbackCase } from './feedback-case';
import { FeedbackCaseErrors } from './feedback-case.errors';
import {
  acceptLetter,
  Complexity,
  extendResolution,
  LetterProcedureErrors,
  routeLetter,
  StatutoryProcedure,
} from './letter-procedures';

export type ProcedureAction =
  | { type: 'route'; procedure: StatutoryProcedure; reason: string; remoteArea?: boolean }
  | { type: 'accept'; complexity: Complexity }
  | { type: 'extend'; days: number; reason: string };

/**
 * Moves a letter from the petition flow to the complaint or denunciation procedure, then
 * records its acceptance and extensions. Pure, like applyAction.
 */
export function applyProcedureAction(
  current: FeedbackCase,
  action: ProcedureAction,
  context: { now: Date; by: string },
): FeedbackCase {
  if (!canMove(current.status, 'routed')) {
    throw FeedbackCaseErrors.transitionNotAllowed(
      CASE_STATUS_LABELS[current.status],
      CASE_STATUS_LABELS.routed,
    );
  }
  const next = { ...current, revision: current.revision + 1 };
  switch (action.type) {
    case 'route':
      if (current.statutoryRoute) {
        throw FeedbackCaseErrors.transitionNotAllowed(
          CASE_STATUS_LABELS[current.status],
          CASE_STATUS_LABELS.routed,
        );
      }
      return {
        ...next,
        status: 'routed',
        statutoryRoute: routeLetter(action, {
          receivedAt: current.openedAt,
          now: context.now,
          by: context.by,
        }),
      };
    case 'accept':
      if (!current.statutoryRoute) {
        throw LetterProcedureErrors.notRouted(current.code);
      }
      return {
        ...next,
        statutoryRoute: acceptLetter(current.statutoryRoute, action.complexity, {
          now: context.now,
          caseCode: current.code,
        }),
      };
    case 'extend':
      if (!current.statutoryRoute) {
        throw LetterProcedureErrors.notRouted(current.code);
      }
      return {
        ...next,
        statutoryRoute: extendResolution(current.statutoryRoute, action, {
          now: context.now,
          caseCode: current.code,
        }),
      };
  }
}
