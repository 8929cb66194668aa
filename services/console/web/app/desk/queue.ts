/** What the desk reads of intake's QueueTicketResponseDto. */
export interface QueueTicket {
  ticketId: string;
  label: string;
  number: number;
  procedureKey: string;
  procedureName: string;
  issuedAt: string;
  servedAt?: string;
  waitMinutes?: number;
  finishedAt?: string;
}

/** Tickets not called yet, in the order they were issued (the number is the day's order). */
export function waitingTickets(tickets: readonly QueueTicket[]): QueueTicket[] {
  return tickets.filter((ticket) => !ticket.servedAt).sort((a, b) => a.number - b.number);
}

/** The citizen to call next: the lowest number not yet called; undefined when nobody waits. */
export function nextWaitingTicket(tickets: readonly QueueTicket[]): QueueTicket | undefined {
  return waitingTickets(tickets)[0];
}

/** Called and not finished: the citizens being served at a counter now, first called first. */
export function ticketsInService(tickets: readonly QueueTicket[]): QueueTicket[] {
  return tickets
    .filter((ticket) => ticket.servedAt && !ticket.finishedAt)
    .sort((a, b) => a.number - b.number);
}
