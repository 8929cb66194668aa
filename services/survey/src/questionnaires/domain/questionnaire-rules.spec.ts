import { refusal } from '@libs/testing';

import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire';
import { CONDUCT_ITEMS, SIPAS_ELEMENTS } from './measures';
import { QuestionnaireDraft, validateQuestionnaire } from './questionnaire-rules';

const overall = {
  key: 'overall',
  type: 'rating' as const,
  text: 'Ông/Bà hài lòng như thế nào?',
  required: true,
  scale: { min: 1, max: 5 },
  measure: { kind: 'overall' as const },
};

const refused = (draft: QuestionnaireDraft) => refusal(() => validateQuestionnaire(draft));

const fieldsOf = (draft: QuestionnaireDraft): string[] =>
  refused(draft).fields.map((problem) => problem.field);

describe('default questionnaire', () => {
  it('should pass its own rules unchanged', () => {
    expect(validateQuestionnaire(DEFAULT_QUESTIONNAIRE)).toEqual(DEFAULT_QUESTIONNAIRE);
  });

  it('should measure the overall rating, the five SIPAS elements and all twelve 5-3-4 items', () => {
    const measures = DEFAULT_QUESTIONNAIRE.questions.map((question) => question.measure);

    expect(measures).toContainEqual({ kind: 'overall' });
    for (const element of SIPAS_ELEMENTS) {
      expect(measures).toContainEqual({ kind: 'sipas', element });
    }
    for (const item of CONDUCT_ITEMS) {
      expect(measures).toContainEqual({ kind: 'conduct', item });
    }
    expect(measures).toContainEqual({ kind: 'comment' });
  });

  it('should be anonymous and written in NFC Vietnamese', () => {
    expect(DEFAULT_QUESTIONNAIRE.anonymous).toBe(true);
    const texts = [
      DEFAULT_QUESTIONNAIRE.title,
      DEFAULT_QUESTIONNAIRE.introduction,
      ...DEFAULT_QUESTIONNAIRE.questions.map((question) => question.text),
    ];
    for (const text of texts) {
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});

describe('validateQuestionnaire', () => {
  it('should accept every question type and fill in sensible defaults', () => {
    const content = validateQuestionnaire({
      title: '  Phiếu   khảo sát  ',
      questions: [
        overall,
        {
          key: 'channel',
          type: 'single-choice',
          text: 'Ông/Bà nộp hồ sơ bằng cách nào?',
          options: [
            { key: 'counter', label: 'Tại Bộ phận một cửa' },
            { key: 'online', label: 'Trực tuyến' },
          ],
        },
        {
          key: 'info-sources',
          type: 'multiple-choice',
          text: 'Ông/Bà biết thông tin thủ tục từ đâu?',
          options: [
            { key: 'board', label: 'Bảng niêm yết' },
            { key: 'portal', label: 'Cổng dịch vụ công' },
            { key: 'zalo', label: 'Zalo của phường' },
          ],
          maxSelections: 2,
        },
        {
          key: 'listen',
          type: 'yes-no',
          text: 'Cán bộ có lắng nghe không?',
          required: true,
          measure: { kind: 'conduct', item: 'listen' },
        },
        { key: 'comment', type: 'free-text', text: 'Góp ý khác', measure: { kind: 'comment' } },
      ],
    });

    expect(content.title).toBe('Phiếu khảo sát');
    expect(content.anonymous).toBe(true);
    expect(content.questions[0]).toMatchObject({
      scale: { min: 1, max: 5, labels: expect.arrayContaining(['Rất hài lòng']) },
    });
    expect(content.questions[3]).toMatchObject({ allowNotApplicable: false });
    expect(content.questions[4]).toMatchObject({ maxLength: 1000, required: false });
  });

  it('should refuse a questionnaire without an overall rating', () => {
    const error = refused({
      title: 'Phiếu',
      questions: [{ key: 'comment', type: 'free-text', text: 'Góp ý' }],
    });

    expect(error.code).toBe('QUESTIONNAIRE.INVALID');
    expect(error.fields).toEqual([
      {
        field: 'questions',
        messages: ['Phiếu phải có đúng một câu đánh giá chung (measure.kind = overall).'],
      },
    ]);
  });

  it('should refuse a conduct item measured by a rating and an overall rating on a 1–10 scale', () => {
    expect(
      fieldsOf({
        title: 'Phiếu',
        questions: [
          { ...overall, scale: { min: 1, max: 10 } },
          {
            key: 'listen',
            type: 'rating',
            text: 'Lắng nghe?',
            scale: { min: 1, max: 5 },
            measure: { kind: 'conduct', item: 'listen' },
          },
        ],
      }),
    ).toEqual(['questions.0.measure', 'questions.1.measure']);
  });

  it('should refuse duplicate keys, a measure used twice and an unknown conduct item', () => {
    expect(
      fieldsOf({
        title: 'Phiếu',
        questions: [
          overall,
          { ...overall, key: 'overall' },
          {
            key: 'late',
            type: 'yes-no',
            text: 'Đúng hẹn?',
            measure: { kind: 'conduct', item: 'be-late' },
          },
        ],
      }),
    ).toEqual(['questions.1.key', 'questions.1.measure', 'questions.2.measure.item']);
  });

  it('should refuse settings that do not belong to the question type, and bad choices', () => {
    expect(
      fieldsOf({
        title: '',
        questions: [
          overall,
          { key: 'a', type: 'yes-no', text: 'A?', options: [{ key: 'x', label: 'X' }] },
          { key: 'b', type: 'single-choice', text: 'B?', options: [{ key: 'only', label: 'Một' }] },
          {
            key: 'c',
            type: 'multiple-choice',
            text: 'C?',
            options: [
              { key: 'x', label: 'X' },
              { key: 'x', label: 'Y' },
            ],
            maxSelections: 3,
          },
          { key: 'D', type: 'free-text', text: ' ', maxLength: 5000 },
        ],
      }),
    ).toEqual([
      'title',
      'questions.1.options',
      'questions.2.options',
      'questions.3.options.1.key',
      'questions.3.maxSelections',
      'questions.4.text',
      'questions.4.key',
      'questions.4.maxLength',
    ]);
  });
});
