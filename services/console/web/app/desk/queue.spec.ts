import { nextWaitingTicket, QueueTicket, ticketsInService, waitingTickets } from './queue';

const ticket = (number: number, state: Partial<QueueTicket> = {}): QueueTicket => ({
  ticketId: `t-${number}`,
  label: `A${String(number).padStart(3, '0')}`,
  number,
  procedureKey: 'copy-certification',
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  issuedAt: '2026-12-02T01:00:00.000Z',
  ...state,
});

const called = { servedAt: '2026-12-02T01:10:00.000Z', waitMinutes: 10 };
const finished = { ...called, finishedAt: '2026-12-02T01:20:00.000Z' };

describe('the counter queue', () => {
  it('should call the lowest number nobody has called yet, whatever order the list came in', () => {
    const tickets = [ticket(3), ticket(1, finished), ticket(4), ticket(2, called)];
    expect(nextWaitingTicket(tickets)?.label).toBe('A003');
    expect(waitingTickets(tickets).map((row) => row.number)).toEqual([3, 4]);
  });

  it('should say nobody waits when every ticket was called, or none was issued', () => {
    expect(nextWaitingTicket([ticket(1, finished), ticket(2, called)])).toBeUndefined();
    expect(nextWaitingTicket([])).toBeUndefined();
  });

  it('should list the citizens being served: called and not finished, in number order', () => {
    const tickets = [ticket(5, called), ticket(1, finished), ticket(2, called), ticket(6)];
    expect(ticketsInService(tickets).map((row) => row.label)).toEqual(['A002', 'A005']);
  });
});
