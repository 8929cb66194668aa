import { DomainError } from '@libs/errors';

export const InvitationErrors = {
  notFoundForDossier: (dossierId: string): DomainError =>
    new DomainError(
      'SURVEY.INVITATION_NOT_FOUND',
      'not-found',
      `Chưa có phiếu mời khảo sát cho hồ sơ ${dossierId} (hồ sơ chưa trả kết quả hoặc đang được ghi nhận).`,
    ),
  alreadyRevealed: (): DomainError =>
    new DomainError(
      'SURVEY.INVITATION_ALREADY_REVEALED',
      'conflict',
      'Mã khảo sát của hồ sơ này đã được cấp một lần. Nếu phiếu hẹn bị thất lạc, hãy cấp lại mã mới.',
    ),
  notReissuable: (): DomainError =>
    new DomainError(
      'SURVEY.INVITATION_CLOSED',
      'conflict',
      'Phiếu khảo sát đã được trả lời hoặc đã hết hạn nên không thể cấp lại mã.',
    ),
};
