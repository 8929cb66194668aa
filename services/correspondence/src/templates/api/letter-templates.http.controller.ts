import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { LETTER_KINDS } from '@libs/contracts';
import { Route } from '@libs/service-kit';

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

  @Route({
    method: 'GET',
    path: ':kind',
    roles: ['officer', 'leader', 'province'],
    summary: 'The wording new letters of this kind are written in, for a commune.',
    returns: LetterTemplateResponseDto,
  })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
  async current(
    @Param('kind') kind: string,
    @Query() query: TemplateCommuneQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterTemplateResponseDto> {
    return LetterTemplateResponseDto.from(
      await this.templates.read(kind, query.communeCode, principal),
    );
  }

  @Route({
    method: 'GET',
    path: ':kind/versions',
    roles: ['officer', 'leader', 'province'],
    summary: 'Every version of the wording, the built-in one first.',
    returns: [LetterTemplateResponseDto],
  })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
  async versions(
    @Param('kind') kind: string,
    @Query() query: TemplateCommuneQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterTemplateResponseDto[]> {
    const versions = await this.templates.versions(kind, query.communeCode, principal);
    return versions.map((template) => LetterTemplateResponseDto.from(template));
  }

  @Route({
    method: 'PUT',
    path: ':kind',
    roles: ['leader'],
    summary:
      'Save the commune’s own wording as a new version (leader); unknown placeholders and syntax errors are refused.',
    returns: LetterTemplateResponseDto,
  })
  @ApiParam({ name: 'kind', enum: LETTER_KINDS })
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
