import {
  EMPTY_LETTER,
  EMPTY_WITNESS,
  emptyOpening,
  openingFieldOf,
  openingRequest,
} from './box-opening-form';

describe('the box opening form, as feedback receives it', () => {
  it('should send each officer on their own line, trimmed and in NFC, and leave out blank lines', () => {
    const request = openingRequest({
      ...emptyOpening('2026-12-01'),
      officers: '  Lê Văn Minh \n\n' + 'Tra\u0302\u0300n Thị Hoa\n',
    });
    expect(request).toEqual({
      openedOn: '2026-12-01',
      officersPresent: ['Lê Văn Minh', 'Trần Thị Hoa'],
      letters: [],
    });
  });

  it('should send a signed letter with its writer and an anonymous one without contact', () => {
    const request = openingRequest({
      ...emptyOpening('2026-12-01'),
      officers: 'Lê Văn Minh',
      letters: [
        { ...EMPTY_LETTER, content: ' Đường ngõ 7 ngập nước. ', fullName: 'Nguyễn Văn Tám' },
        {
          ...EMPTY_LETTER,
          kind: 'suggestion',
          category: 'environment',
          content: 'Thêm thùng rác.',
        },
      ],
    });
    expect(request.letters).toEqual([
      {
        kind: 'petition',
        category: 'other',
        content: 'Đường ngõ 7 ngập nước.',
        contact: { fullName: 'Nguyễn Văn Tám' },
      },
      { kind: 'suggestion', category: 'environment', content: 'Thêm thùng rác.' },
    ]);
  });

  it('should send witnesses and minutes only when given, and minutes without text for the service to refuse', () => {
    const request = openingRequest({
      ...emptyOpening('2026-12-01'),
      officers: 'Lê Văn Minh',
      witnesses: [{ ...EMPTY_WITNESS, fullName: 'Phạm Văn Tư', position: ' ' }],
      minutesNumber: '03/BB-MHT',
    });
    expect(request.witnesses).toEqual([
      { organisation: 'fatherland-front', fullName: 'Phạm Văn Tư' },
    ]);
    expect(request.minutes).toEqual({ summary: '', number: '03/BB-MHT' });
    expect(openingRequest(emptyOpening('2026-12-01')).minutes).toBeUndefined();
  });

  it('should place every officer line’s message on the one officers field', () => {
    expect(openingFieldOf('officersPresent.2')).toBe('officersPresent');
    expect(openingFieldOf('letters.0.content')).toBe('letters.0.content');
  });
});
