import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { QueueService } from '../application/queue.service';
import {
  DeskTimeQueryDto,
  DeskTimeResponseDto,
  IssueTicketRequestDto,
  ListTicketsQueryDto,
  QueueFiguresQueryDto,
  QueueFiguresResponseDto,
  QueueTicketResponseDto,
} from '../dto/queue.dto';

@ApiTags('counter queue')
@Controller('v1')
export class QueueHttpController {
  constructor(private readonly queue: QueueService) {}

  @Route({
    method: 'POST',
    path: 'queue-tickets',
    roles: ['officer', 'leader'],
    summary: 'Issue a numbered ticket to a citizen arriving at the counter.',
    returns: QueueTicketResponseDto,
  })
  async issue(
    @Body() body: IssueTicketRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(
      await this.queue.issue(body.communeCode, body.procedureKey, principal),
    );
  }

  @Route({
    method: 'POST',
    path: 'queue-tickets/:ticketId/service-start',
    status: 200,
    roles: ['officer', 'leader'],
    summary:
      'Call the ticket: service starts now and the wait is counted (once, however often called).',
    returns: QueueTicketResponseDto,
  })
  async startService(
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(await this.queue.startService(ticketId, principal));
  }

  @Route({
    method: 'POST',
    path: 'queue-tickets/:ticketId/service-end',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'End of service (result handed back): the desk time from the call is measured, once.',
    returns: QueueTicketResponseDto,
  })
  async finishService(
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(await this.queue.finishService(ticketId, principal));
  }

  @Route({
    method: 'GET',
    path: 'desk-time',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Measured desk time per certification (ticket call to end of service) against the article’s roughly 15 minutes.',
    returns: DeskTimeResponseDto,
  })
  async deskTime(
    @Query() query: DeskTimeQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeskTimeResponseDto> {
    return this.queue.deskTime(query, principal);
  }

  @Route({
    method: 'GET',
    path: 'queue-tickets',
    roles: ['officer', 'leader', 'province'],
    summary: "A commune's tickets of one day, in order.",
    returns: [QueueTicketResponseDto],
  })
  async list(
    @Query() query: ListTicketsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto[]> {
    const tickets = await this.queue.list(query.communeCode, query.day, principal);
    return tickets.map((ticket) => QueueTicketResponseDto.from(ticket));
  }

  @Route({
    method: 'GET',
    path: 'queue-figures',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Waiting time at the counter per procedure and per day (issued, served, average, max).',
    returns: QueueFiguresResponseDto,
  })
  async figures(
    @Query() query: QueueFiguresQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueFiguresResponseDto> {
    return this.queue.figures(query, principal);
  }
}
