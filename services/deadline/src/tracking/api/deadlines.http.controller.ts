import { Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { DeadlineQueriesService } from '../application/deadline-queries.service';
import { DeadlineResponseDto } from '../dto/deadline.response.dto';
import { ListDeadlinesQueryDto } from '../dto/list-deadlines.query.dto';

@ApiTags('deadlines')
@Controller('v1/deadlines')
export class DeadlinesHttpController {
  constructor(private readonly queries: DeadlineQueriesService) {}

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: 'Deadlines of a commune, soonest due first (open, due soon, overdue).',
    returns: [DeadlineResponseDto],
  })
  async list(
    @Query() query: ListDeadlinesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto[]> {
    const deadlines = await this.queries.list(
      {
        ...(query.communeCode ? { communeCode: query.communeCode } : {}),
        view: query.state ?? 'open',
        limit: query.limit ?? 50,
      },
      principal,
    );
    return deadlines.map((deadline) => DeadlineResponseDto.from(deadline));
  }

  @Route({
    method: 'GET',
    path: 'by-subject/:subjectId',
    roles: ['officer', 'leader', 'province'],
    summary: 'The deadline of a dossier or feedback case, by its id.',
    returns: DeadlineResponseDto,
  })
  async bySubject(
    @Param('subjectId', new ParseUUIDPipe()) subjectId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.queries.bySubject(subjectId, principal));
  }

  @Route({
    method: 'GET',
    path: ':deadlineId',
    roles: ['officer', 'leader', 'province'],
    summary: 'One deadline.',
    returns: DeadlineResponseDto,
  })
  async get(
    @Param('deadlineId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.queries.get(id, principal));
  }
}
