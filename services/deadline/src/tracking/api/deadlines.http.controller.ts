import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { DeadlineQueriesService } from '../application/deadline-queries.service';
import { DeadlineResponseDto } from '../dto/deadline.response.dto';
import { ListDeadlinesQueryDto } from '../dto/list-deadlines.query.dto';

@ApiTags('deadlines')
@Controller('v1/deadlines')
export class DeadlinesHttpController {
  constructor(private readonly queries: DeadlineQueriesService) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Deadlines of a commune, soonest due first (open, due soon, overdue).' })
  @ApiOkResponse({ type: [DeadlineResponseDto] })
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

  @Get('by-subject/:subjectId')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'The deadline of a dossier or feedback case, by its id.' })
  @ApiOkResponse({ type: DeadlineResponseDto })
  async bySubject(
    @Param('subjectId', new ParseUUIDPipe()) subjectId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.queries.bySubject(subjectId, principal));
  }

  @Get(':deadlineId')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'One deadline.' })
  @ApiOkResponse({ type: DeadlineResponseDto })
  async get(
    @Param('deadlineId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.queries.get(id, principal));
  }
}
