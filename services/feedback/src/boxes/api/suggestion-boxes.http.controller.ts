import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

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

  @Post()
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Register a suggestion box (hòm thư góp ý) and where it stands.' })
  @ApiCreatedResponse({ type: SuggestionBoxResponseDto })
  async register(
    @Body() body: RegisterBoxRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.register(body, principal));
  }

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'The register of suggestion boxes.' })
  @ApiOkResponse({ type: [SuggestionBoxResponseDto] })
  async search(
    @Query() query: SearchBoxesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto[]> {
    const boxes = await this.boxes.search(query, principal);
    return boxes.map((box) => SuggestionBoxResponseDto.from(box));
  }

  @Get(':boxId')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Read one suggestion box.' })
  @ApiOkResponse({ type: SuggestionBoxResponseDto })
  async get(
    @Param('boxId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.get(id, principal));
  }

  @Patch(':boxId')
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Rename, move, or take down (active=false) a suggestion box.' })
  @ApiOkResponse({ type: SuggestionBoxResponseDto })
  async change(
    @Param('boxId', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeBoxRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SuggestionBoxResponseDto> {
    return SuggestionBoxResponseDto.from(await this.boxes.change(id, body, principal));
  }
}
