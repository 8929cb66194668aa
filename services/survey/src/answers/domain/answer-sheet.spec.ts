import { refusal } from '@libs/testing';

import { satisfiedAnswers } from '../../../test/satisfied-answers';
import { DEFAULT_QUESTIONNAIRE } from '../../questionnaires/domain/default-questionnaire';
import { CONDUCT_ITEMS } from '../../questionnaires/domain/measures';
import { QuestionnaireContent } from '../../questionnaires/domain/questionnaire';
import { readAnswerSheet } from './answer-sheet';

const refused = (questionnaire: QuestionnaireContent, raw: Record<string, unknown>) =>
  refusal(() => readAnswerSheet(questionnaire, raw));

describe('readAnswerSheet', () => {
  it('should read a satisfied answer into the measures the indexes count', () => {
    const sheet = readAnswerSheet(DEFAULT_QUESTIONNAIRE, {
      ...satisfiedAnswers(),
      'sipas-feedback-handling': 3,
      comment: '  Cán bộ rất nhiệt tình. ',
    });

    expect(sheet.assessment).toEqual({
      overall: 5,
      satisfied: true,
      dissatisfied: false,
      sipas: { access: 5, procedure: 4, officer: 5, result: 5, 'feedback-handling': 3 },
      conduct: {
        ...Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, 'yes'])),
        apologise: 'not-applicable',
      },
      failedConductItems: [],
      comment: 'Cán bộ rất nhiệt tình.',
    });
    expect(sheet.values.comment).toBe('Cán bộ rất nhiệt tình.');
  });

  it('should leave out optional questions left blank', () => {
    const sheet = readAnswerSheet(DEFAULT_QUESTIONNAIRE, { ...satisfiedAnswers(), comment: '   ' });

    expect(sheet.values).not.toHaveProperty('comment');
    expect(sheet.values).not.toHaveProperty('sipas-feedback-handling');
    expect(sheet.assessment).not.toHaveProperty('comment');
  });

  it('should call an overall rating of 2 or less dissatisfied, and 3 neither', () => {
    const two = readAnswerSheet(DEFAULT_QUESTIONNAIRE, { ...satisfiedAnswers(), overall: 2 });
    const three = readAnswerSheet(DEFAULT_QUESTIONNAIRE, { ...satisfiedAnswers(), overall: 3 });

    expect(two.assessment).toMatchObject({ satisfied: false, dissatisfied: true });
    expect(three.assessment).toMatchObject({ satisfied: false, dissatisfied: false });
  });

  it('should call a conduct item answered "no" dissatisfied even with a high rating', () => {
    const sheet = readAnswerSheet(DEFAULT_QUESTIONNAIRE, {
      ...satisfiedAnswers(),
      'keep-appointment': 'no',
      'no-nuisance': 'no',
    });

    expect(sheet.assessment).toMatchObject({
      satisfied: true,
      dissatisfied: true,
      failedConductItems: ['no-nuisance', 'keep-appointment'],
    });
  });

  it('should refuse out-of-range ratings, missing required answers and unknown questions per field', () => {
    const { overall: _overall, listen: _listen, ...incomplete } = satisfiedAnswers();

    const error = refused(DEFAULT_QUESTIONNAIRE, {
      ...incomplete,
      'sipas-access': 6,
      'sipas-result': 4.5,
      respect: true,
      apologise: 'maybe',
      favouriteColour: 'xanh',
    });

    expect(error.code).toBe('SURVEY.ANSWER_INVALID');
    expect(error.fields).toEqual([
      { field: 'answers.favouriteColour', messages: ['Câu hỏi không có trong phiếu khảo sát.'] },
      { field: 'answers.overall', messages: ['Câu hỏi này bắt buộc trả lời.'] },
      {
        field: 'answers.sipas-access',
        messages: ['Điểm đánh giá phải là số nguyên từ 1 đến 5.'],
      },
      {
        field: 'answers.sipas-result',
        messages: ['Điểm đánh giá phải là số nguyên từ 1 đến 5.'],
      },
      { field: 'answers.listen', messages: ['Câu hỏi này bắt buộc trả lời.'] },
      {
        field: 'answers.apologise',
        messages: ['Trả lời phải là một trong: yes, no, not-applicable.'],
      },
      { field: 'answers.respect', messages: ['Trả lời phải là một trong: yes, no.'] },
    ]);
  });

  it('should refuse "not applicable" where the question does not offer it, and an overlong comment', () => {
    const error = refused(DEFAULT_QUESTIONNAIRE, {
      ...satisfiedAnswers(),
      listen: 'not-applicable',
      comment: 'x'.repeat(2001),
    });

    expect(error.fields.map((problem) => problem.field)).toEqual([
      'answers.listen',
      'answers.comment',
    ]);
  });

  it('should check choices against the options of the question', () => {
    const questionnaire: QuestionnaireContent = {
      title: 'Phiếu',
      introduction: '',
      anonymous: true,
      questions: [
        {
          key: 'overall',
          type: 'rating',
          text: 'Chung',
          required: true,
          scale: { min: 1, max: 5, labels: [] },
          measure: { kind: 'overall' },
        },
        {
          key: 'channel',
          type: 'single-choice',
          text: 'Kênh',
          required: true,
          options: [
            { key: 'counter', label: 'Tại quầy' },
            { key: 'online', label: 'Trực tuyến' },
          ],
        },
        {
          key: 'sources',
          type: 'multiple-choice',
          text: 'Nguồn',
          required: false,
          maxSelections: 2,
          options: [
            { key: 'board', label: 'Bảng' },
            { key: 'portal', label: 'Cổng' },
            { key: 'zalo', label: 'Zalo' },
          ],
        },
      ],
    };

    expect(
      readAnswerSheet(questionnaire, { overall: 4, channel: 'online', sources: ['zalo', 'board'] })
        .values,
    ).toEqual({ overall: 4, channel: 'online', sources: ['zalo', 'board'] });
    expect(
      refused(questionnaire, {
        overall: 4,
        channel: 'post',
        sources: ['board', 'portal', 'zalo'],
      }).fields.map((problem) => problem.field),
    ).toEqual(['answers.channel', 'answers.sources']);
    expect(
      refused(questionnaire, { overall: 4, channel: 'online', sources: ['zalo', 'zalo'] }).fields,
    ).toEqual([{ field: 'answers.sources', messages: ['Mỗi lựa chọn chỉ được chọn một lần.'] }]);
  });
});
