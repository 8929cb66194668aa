import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

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

  @Post('queue-tickets')
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Issue a numbered ticket to a citizen arriving at the counter.' })
  @ApiCreatedResponse({ type: QueueTicketResponseDto })
  async issue(
    @Body() body: IssueTicketRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(
      await this.queue.issue(body.communeCode, body.procedureKey, principal),
    );
  }

  @Post('queue-tickets/:ticketId/service-start')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Call the ticket: service starts now and the wait is counted (once, however often called).',
  })
  @ApiOkResponse({ type: QueueTicketResponseDto })
  async startService(
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(await this.queue.startService(ticketId, principal));
  }

  @Post('queue-tickets/:ticketId/service-end')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary: 'End of service (result handed back): the desk time from the call is measured, once.',
  })
  @ApiOkResponse({ type: QueueTicketResponseDto })
  async finishService(
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto> {
    return QueueTicketResponseDto.from(await this.queue.finishService(ticketId, principal));
  }

  @Get('desk-time')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({
    summary:
      'Measured desk time per certification (ticket call to end of service) against the article’s roughly 15 minutes.',
  })
  @ApiOkResponse({ type: DeskTimeResponseDto })
  async deskTime(
    @Query() query: DeskTimeQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeskTimeResponseDto> {
    return this.queue.deskTime(
      {
        from: query.from,
        to: query.to,
        ...(query.communeCode ? { communeCode: query.communeCode } : {}),
      },
      principal,
    );
  }

  @Get('queue-tickets')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: "A commune's tickets of one day, in order." })
  @ApiOkResponse({ type: QueueTicketResponseDto, isArray: true })
  async list(
    @Query() query: ListTicketsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueTicketResponseDto[]> {
    const tickets = await this.queue.list(query.communeCode, query.day, principal);
    return tickets.map((ticket) => QueueTicketResponseDto.from(ticket));
  }

  @Get('queue-figures')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({
    summary:
      'Waiting time at the counter per procedure and per day (issued, served, average, max).',
  })
  @ApiOkResponse({ type: QueueFiguresResponseDto })
  async figures(
    @Query() query: QueueFiguresQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QueueFiguresResponseDto> {
    return this.queue.figures(
      {
        from: query.from,
        to: query.to,
        ...(query.communeCode ? { communeCode: query.communeCode } : {}),
        ...(query.procedureKey ? { procedureKey: query.procedureKey } : {}),
      },
      principal,
    );
  }
}
