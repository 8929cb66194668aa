import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { SuggestionBoxesService } from '../application/suggestion-boxes.service';
import {
  ChangeBoxRequestDto,
  RegisterBoxRequestDto,
  SearchBoxesQueryDto,
} from '../dto/suggestion-box.request.dto';
import { SuggestionBoxResponseDto } from '../dto/suggestion-box.response.dto';

@ApiTags('suggestion-boxes')
@Controller('v1/suggestion-boxes')
export class SuggestionBoxesHttpController {
  constructor(private readonly boxes: SuggestionBoxesService) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader'],
    summary: 'Register a suggestion box (hòm thư góp ý) and where it stands.',
    returns: SuggestionBoxResponseDto,
  })
  async register(
    @Body() body: RegisterBoxRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.register(body, principal));
  }

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: 'The register of suggestion boxes.',
    returns: [SuggestionBoxResponseDto],
  })
  async search(
    @Query() query: SearchBoxesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto[]> {
    const boxes = await this.boxes.search(query, principal);
    return boxes.map((box) => SuggestionBoxResponseDto.from(box));
  }

  @Route({
    method: 'GET',
    path: ':boxId',
    roles: ['officer', 'leader', 'province'],
    summary: 'Read one suggestion box.',
    returns: SuggestionBoxResponseDto,
  })
  async get(
    @Param('boxId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.get(id, principal));
  }

  @Route({
    method: 'PATCH',
    path: ':boxId',
    roles: ['officer', 'leader'],
    summary: 'Rename, move, or take down (active=false) a suggestion box.',
    returns: SuggestionBoxResponseDto,
  })
  async change(
    @Param('boxId', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeBoxRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.change(id, body, principal));
  }
}
