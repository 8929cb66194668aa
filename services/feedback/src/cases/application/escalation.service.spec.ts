import { SurveyDissatisfactionReportedV1 } from '@libs/contracts';

import { describeDissatisfaction } from './escalation.service';

const report = (overrides: Partial<SurveyDissatisfactionReportedV1> = {}) =>
  Object.assign(new SurveyDissatisfactionReportedV1(), {
    invitationId: '5b0e3c1a-9d8f-4e7a-b6c5-d4e3f2a1b0c9',
    communeCode: '14797',
    provinceCode: '38',
    answeredAt: '2026-03-10T03:00:00.000Z',
    overallRating: 1,
    failedConductItems: ['keep-appointment', 'show-respect'],
    ...overrides,
  });

describe('describeDissatisfaction', () => {
  it('should tell the leader the rating, the failed conduct items, the procedure and the comment', () => {
    const text = describeDissatisfaction(
      report({ procedureKey: 'birth-registration', comment: 'Phải chờ quá lâu.' }),
    );

    expect(text.split('\n')).toEqual([
      'Người dân chưa hài lòng khi đánh giá sau khi nhận kết quả giải quyết thủ tục hành chính.',
      'Mức hài lòng chung: 1/5.',
      'Tiêu chí ứng xử chưa đạt: Không trễ hẹn; show-respect.',
      'Thủ tục: birth-registration.',
      'Ý kiến của người dân: "Phải chờ quá lâu."',
    ]);
  });

  it('should name each failed 5-3-4 conduct item as the office posts it, not by its key', () => {
    const text = describeDissatisfaction(
      report({ failedConductItems: ['listen', 'no-nuisance', 'respect'] }),
    );

    expect(text.split('\n')).toContain(
      'Tiêu chí ứng xử chưa đạt: Biết lắng nghe dân nói; Không gây phiền hà, sách nhiễu; Thể hiện sự tôn trọng khi giao tiếp.',
    );
    expect(text).not.toMatch(/listen|no-nuisance|respect/);
  });

  it('should name the procedure in Vietnamese when the report carries its name', () => {
    const text = describeDissatisfaction(
      report({
        procedureKey: 'copy-certification',
        procedureName: 'Chứng thực bản sao từ bản chính',
      }),
    );

    expect(text.split('\n')).toContain('Thủ tục: Chứng thực bản sao từ bản chính.');
    expect(text).not.toContain('copy-certification');
  });

  it('should leave out what the answer did not say', () => {
    const text = describeDissatisfaction(report({ overallRating: 2, failedConductItems: [] }));

    expect(text).toBe(
      'Người dân chưa hài lòng khi đánh giá sau khi nhận kết quả giải quyết thủ tục hành chính.\nMức hài lòng chung: 2/5.',
    );
  });
});
