import { DomainError } from '@libs/errors';

import {
  DESK_TIME_TARGET_MINUTES,
  finishService,
  issueTicket,
  startService,
  summarize,
  summarizeDeskTime,
  ticketLabel,
} from './queue-ticket';

const ticket = issueTicket({
  id: '0b7e4a2c-5f1d-4c55-9a3e-2d8f1b6c7e90',
  communeCode: '14797',
  provinceCode: '38',
  number: 7,
  procedureKey: 'copy-certification',
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  // 23:50 UTC on 11 February is 06:50 on 12 February in Vietnam.
  issuedAt: new Date('2026-02-11T23:50:00Z'),
  issuedBy: 'officer-14797',
});

describe('queue ticket', () => {
  it('should number the ticket on the Vietnam day it was issued', () => {
    expect(ticket.day).toBe('2026-02-12');
    expect(ticketLabel(ticket.number)).toBe('A007');
  });

  it('should measure the wait from issue to the start of service', () => {
    const served = startService(ticket, new Date('2026-02-12T00:05:30Z'), 'officer-14797');

    expect(served.waitSeconds).toBe(15 * 60 + 30);
    expect(served.servedBy).toBe('officer-14797');
  });

  it('should refuse a start of service before the ticket was issued', () => {
    expect(() => startService(ticket, new Date('2026-02-11T23:00:00Z'), 'x')).toThrow(DomainError);
  });

  it('should average the wait over the served tickets only', () => {
    const day = { communeCode: '14797', procedureKey: 'copy-certification', procedureName: 'x' };
    const summary = summarize([
      {
        ...day,
        day: '2026-02-12',
        issued: 3,
        served: 2,
        waitSecondsTotal: 1800,
        maxWaitSeconds: 1200,
      },
      {
        ...day,
        day: '2026-02-13',
        issued: 1,
        served: 1,
        waitSecondsTotal: 540,
        maxWaitSeconds: 540,
      },
    ]);

    expect(summary).toEqual({ issued: 4, served: 3, averageWaitMinutes: 13, maxWaitMinutes: 20 });
    expect(summarize([]).averageWaitMinutes).toBeNull();
  });

  it('should measure the desk time from the call to the end of service, only after a call', () => {
    const called = startService(ticket, new Date('2026-02-12T00:05:00Z'), 'officer-14797');
    const done = finishService(called, new Date('2026-02-12T00:17:30Z'), 'officer-14797');

    expect(done.serviceSeconds).toBe(12 * 60 + 30);
    expect(() => finishService(ticket, new Date('2026-02-12T00:17:30Z'), 'x')).toThrow(
      'Số thứ tự chưa được gọi nên chưa thể kết thúc phục vụ.',
    );
    expect(() => finishService(called, new Date('2026-02-12T00:04:00Z'), 'x')).toThrow(DomainError);
  });

  it('should report the desk time against the article’s 15 minutes', () => {
    const row = {
      communeCode: '14797',
      day: '2026-02-12',
      procedureKey: 'copy-certification',
      procedureName: 'Chứng thực bản sao',
      issued: 4,
      served: 4,
      waitSecondsTotal: 0,
      maxWaitSeconds: 0,
    };
    expect(DESK_TIME_TARGET_MINUTES).toBe(15);
    expect(
      summarizeDeskTime([
        // three services: 10, 14 and 21 minutes
        {
          ...row,
          finished: 3,
          serviceSecondsTotal: 45 * 60,
          maxServiceSeconds: 21 * 60,
          finishedWithinTarget: 2,
        },
      ]),
    ).toEqual({
      finished: 3,
      averageServiceMinutes: 15,
      maxServiceMinutes: 21,
      withinTarget: 2,
      withinTargetShare: 0.667,
      targetMinutes: 15,
      meetsTarget: true,
    });
    expect(summarizeDeskTime([row])).toMatchObject({
      finished: 0,
      averageServiceMinutes: null,
      meetsTarget: null,
    });
  });
});
