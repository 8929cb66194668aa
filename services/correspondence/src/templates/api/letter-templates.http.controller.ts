import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';
import { LETTER_KINDS } from '@libs/contracts';

import { LetterTemplatesService } from '../application/letter-templates.service';
import {
  LetterTemplateResponseDto,
  SaveLetterTemplateRequestDto,
  TemplateCommuneQueryDto,
} from '../dto/letter-template.dto';

@ApiTags('letter-templates')
@Controller('v1/templates')
export class LetterTemplatesHttpController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Get(':kind')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'The wording new letters of this kind are written in, for a commune.' })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
  @ApiOkResponse({ type: LetterTemplateResponseDto })
  async current(
    @Param('kind') kind: string,
    @Query() query: TemplateCommuneQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterTemplateResponseDto> {
    return LetterTemplateResponseDto.from(
      await this.templates.read(kind, query.communeCode, principal),
    );
  }

  @Get(':kind/versions')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Every version of the wording, the built-in one first.' })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
  @ApiOkResponse({ type: [LetterTemplateResponseDto] })
  async versions(
    @Param('kind') kind: string,
    @Query() query: TemplateCommuneQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterTemplateResponseDto[]> {
    const versions = await this.templates.versions(kind, query.communeCode, principal);
    return versions.map((template) => LetterTemplateResponseDto.from(template));
  }

  @Put(':kind')
  @Roles('leader')
  @ApiOperation({
    summary:
      'Save the commune’s own wording as a new version (leader); unknown placeholders and syntax errors are refused.',
  })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
  @ApiOkResponse({ type: LetterTemplateResponseDto })
  async save(
    @Param('kind') kind: string,
    @Body() body: SaveLetterTemplateRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterTemplateResponseDto> {
    const { communeCode, ...wording } = body;
    return LetterTemplateResponseDto.from(
      await this.templates.save(kind, communeCode, wording, principal),
    );
  }
}
