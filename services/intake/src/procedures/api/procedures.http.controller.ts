import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { PROCEDURE_KEY_PATTERN } from '@libs/contracts';
import { DomainError } from '@libs/errors';
import { Route } from '@libs/service-kit';

import { ProcedureCatalogueService } from '../application/procedure-catalogue.service';
import {
  DefineProcedureRequestDto,
  ListProceduresQueryDto,
  ProcedureResponseDto,
} from '../dto/procedure.dto';

@ApiTags('procedures')
@Controller('v1/procedures')
export class ProceduresHttpController {
  constructor(private readonly catalogue: ProcedureCatalogueService) {}

  @Route({
    method: 'GET',
    public: true,
    summary:
      'The posted schedule: procedures with legal processing time in working days, cut-off, fee and online level.',
    returns: [ProcedureResponseDto],
  })
  async list(@Query() query: ListProceduresQueryDto): Promise<ProcedureResponseDto[]> {
    const procedures = await this.catalogue.list(query.communeCode);
    return procedures.map((procedure) => ProcedureResponseDto.from(procedure));
  }

  @Route({
    method: 'PUT',
    path: ':procedureKey',
    roles: ['leader', 'system'],
    summary:
      "Add a procedure to a commune's catalogue, set its own terms for a built-in one, or withdraw it (active: false).",
    returns: ProcedureResponseDto,
  })
  @ApiParam({ name: 'procedureKey', example: 'residence-confirmation' })
  async define(
    @Param('procedureKey') key: string,
    @Body() body: DefineProcedureRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProcedureResponseDto> {
    if (!PROCEDURE_KEY_PATTERN.test(key) || key.length > 60) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Mã thủ tục không hợp lệ.', [
        { field: 'procedureKey', messages: ['kebab-case, at most 60 characters'] },
      ]);
    }
    const saved = await this.catalogue.define(body.communeCode, body.toDefinition(key), principal);
    return ProcedureResponseDto.from(saved);
  }
}
