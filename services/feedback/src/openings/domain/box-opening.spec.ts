import { refusal } from '@libs/testing';

import { BoxOpeningRequest, recordOpening, witnessedByFatherlandFront } from './box-opening';

// 18:00 UTC on 1 March is already 01:00 on 2 March in Vietnam.
const NOW = new Date('2026-03-01T18:00:00Z');
const context = {
  id: '6f7a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  box: { id: 'b0b0b0b0-1111-4222-8333-444455556666', communeCode: '14797', provinceCode: '38' },
  now: NOW,
  recordedBy: 'officer-14797',
};

const refused = (request: BoxOpeningRequest) => refusal(() => recordOpening(request, context));

describe('recordOpening', () => {
  it('should keep a historical receipt time that falls on the opening day (Vietnam time)', () => {
    // 23:30 on 7 March 2022 in Vietnam is 16:30 UTC.
    const receivedAt = new Date('2022-03-07T16:30:00Z');
    const opening = recordOpening(
      { openedOn: '2022-03-07', receivedAt, officersPresent: ['Lê Văn Minh'], letters: [] },
      context,
    );

    expect(opening.receivedAt).toEqual(receivedAt);
  });

  it('should refuse a receipt time on another day than the opening', () => {
    const error = refused({
      openedOn: '2022-03-07',
      receivedAt: new Date('2022-03-07T17:30:00Z'),
      officersPresent: ['Lê Văn Minh'],
      letters: [],
    });

    expect(error.code).toBe('BOX_OPENING.INVALID');
    expect(error.fields.map((problem) => problem.field)).toEqual(['receivedAt']);
  });

  it('should number the letters in the order entered and tidy what was typed', () => {
    const opening = recordOpening(
      {
        openedOn: '2026-03-02',
        officersPresent: [' Lê  Văn Minh '],
        letters: [
          { kind: 'suggestion', content: '  Cảm ơn   cán bộ một cửa. ' },
          {
            kind: 'petition',
            category: 'environment',
            content: 'Rác thải ở đầu ngõ 12.',
            contact: { fullName: ' Hoàng  Thị Mai ', phone: '0912 000 111' },
          },
        ],
      },
      context,
    );

    expect(opening).toEqual({
      id: context.id,
      boxId: context.box.id,
      communeCode: '14797',
      provinceCode: '38',
      openedOn: '2026-03-02',
      officersPresent: ['Lê Văn Minh'],
      witnesses: [],
      letters: [
        { number: 1, kind: 'suggestion', content: 'Cảm ơn cán bộ một cửa.' },
        {
          number: 2,
          kind: 'petition',
          category: 'environment',
          content: 'Rác thải ở đầu ngõ 12.',
          contact: { fullName: 'Hoàng Thị Mai', phone: '0912000111' },
        },
      ],
      recordedAt: NOW,
      recordedBy: 'officer-14797',
    });
  });

  it('should accept an opening with no letter: an empty box is worth recording too', () => {
    expect(
      recordOpening({ openedOn: '2026-03-02', officersPresent: ['A'], letters: [] }, context)
        .letters,
    ).toEqual([]);
  });

  it('should report every problem at once: future date, blank name, blank and oversized letters', () => {
    const error = refused({
      openedOn: '2026-03-03',
      officersPresent: ['Lê Văn Minh', '  '],
      letters: [
        { kind: 'suggestion', content: ' \n ' },
        { kind: 'petition', content: 'x'.repeat(5001) },
        { kind: 'petition', content: 'Có tên', contact: { fullName: ' ' } },
      ],
    });

    expect(error.code).toBe('BOX_OPENING.INVALID');
    expect(error.fields).toEqual([
      { field: 'openedOn', messages: ['Ngày mở hòm thư không được ở tương lai.'] },
      { field: 'officersPresent.1', messages: ['Họ tên người tham gia không được để trống.'] },
      { field: 'letters.0.content', messages: ['Nội dung thư không được để trống.'] },
      { field: 'letters.1.content', messages: ['Nội dung thư không được dài quá 5000 ký tự.'] },
      { field: 'letters.2.contact.fullName', messages: ['Họ tên người viết không được để trống.'] },
    ]);
  });

  it('should refuse a date that does not exist', () => {
    expect(refused({ openedOn: '2026-02-30', officersPresent: ['A'], letters: [] }).fields).toEqual(
      [{ field: 'openedOn', messages: ['Ngày mở hòm thư không phải là ngày có thật.'] }],
    );
  });

  it('should record the witnesses and the minutes, and say whether the Fatherland Front was there', () => {
    const opening = recordOpening(
      {
        openedOn: '2026-03-02',
        officersPresent: ['Lê Văn Minh'],
        witnesses: [
          {
            fullName: ' Nguyễn  Văn Tám ',
            organisation: 'fatherland-front',
            position: 'Phó Chủ tịch Ủy ban MTTQ phường',
          },
          { fullName: 'Phạm Thị Lan', organisation: 'people-inspection' },
        ],
        minutes: { number: '03/BB-MHT', summary: ' Niêm phong còn nguyên; có 01 thư. ' },
        letters: [],
      },
      context,
    );
    expect(opening.witnesses).toEqual([
      {
        fullName: 'Nguyễn Văn Tám',
        organisation: 'fatherland-front',
        position: 'Phó Chủ tịch Ủy ban MTTQ phường',
      },
      { fullName: 'Phạm Thị Lan', organisation: 'people-inspection' },
    ]);
    expect(opening.minutes).toEqual({
      number: '03/BB-MHT',
      summary: 'Niêm phong còn nguyên; có 01 thư.',
    });
    expect(witnessedByFatherlandFront(opening)).toBe(true);
    expect(witnessedByFatherlandFront({ witnesses: opening.witnesses.slice(1) })).toBe(false);
  });

  it('should refuse a witness without a name and minutes without content', () => {
    const error = refused({
      openedOn: '2026-03-02',
      officersPresent: ['Lê Văn Minh'],
      witnesses: [{ fullName: '  ', organisation: 'fatherland-front' }],
      minutes: { summary: ' ' },
      letters: [],
    });
    expect(error.fields.map((field) => field.field)).toEqual([
      'witnesses.0.fullName',
      'minutes.summary',
    ]);
  });
});
