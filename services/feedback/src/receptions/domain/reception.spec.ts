import { refusal } from '@libs/testing';

import { ReceptionRequest, recordReception } from './reception';

const NOW = new Date('2026-03-05T09:00:00Z');
const context = {
  id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  commune: { code: '14797', provinceCode: '38' },
  now: NOW,
  recordedBy: 'leader-14797',
};

const dialogue = (overrides: Partial<ReceptionRequest> = {}): ReceptionRequest => ({
  kind: 'dialogue',
  heldOn: '2026-03-05',
  leaderName: 'Nguyễn Văn Hải',
  citizenCount: 45,
  topic: 'Chỉnh trang đô thị',
  issues: [
    { summary: 'Lắp thêm đèn đường phố Trần Phú.', category: 'infrastructure' },
    {
      summary: 'Vỉa hè bị lấn chiếm.',
      raisedBy: { fullName: ' Đỗ  Văn Nam ', email: 'Nam@Example.vn' },
    },
  ],
  ...overrides,
});

const refused = (request: ReceptionRequest) => refusal(() => recordReception(request, context));

describe('recordReception', () => {
  it('should number the issues raised and keep who raised them, tidied', () => {
    const reception = recordReception(dialogue(), context);

    expect(reception.issues).toEqual([
      { number: 1, summary: 'Lắp thêm đèn đường phố Trần Phú.', category: 'infrastructure' },
      {
        number: 2,
        summary: 'Vỉa hè bị lấn chiếm.',
        raisedBy: { fullName: 'Đỗ Văn Nam', email: 'nam@example.vn' },
      },
    ]);
    expect(reception).toMatchObject({
      communeCode: '14797',
      provinceCode: '38',
      kind: 'dialogue',
      citizenCount: 45,
      topic: 'Chỉnh trang đô thị',
    });
  });

  it('should refuse a reception in the future, without a leader, or with a blank issue', () => {
    const error = refused(
      dialogue({ heldOn: '2026-03-06', leaderName: '  ', issues: [{ summary: '\t' }] }),
    );

    expect(error.code).toBe('RECEPTION.INVALID');
    expect(error.fields.map((problem) => problem.field)).toEqual([
      'heldOn',
      'leaderName',
      'issues.0.summary',
    ]);
  });
});
