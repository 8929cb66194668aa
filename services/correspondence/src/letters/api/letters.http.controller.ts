import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, readableTenantFilter, Roles } from '@libs/auth';
import { LetterErrors } from '../domain/letter.errors';
import { LetterResponseDto } from '../dto/letter.response.dto';
import { SearchLettersQueryDto } from '../dto/search-letters.query.dto';
import { LetterRepository } from '../infrastructure/letter.repository';

@ApiTags('letters')
@Controller('v1/letters')
export class LettersHttpController {
  constructor(private readonly letters: LetterRepository) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Search the letter register (newest first).' })
  @ApiOkResponse({ type: [LetterResponseDto] })
  async search(
    @Query() query: SearchLettersQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto[]> {
    const letters = await this.letters.search({
      ...query,
      tenantFilter: readableTenantFilter(principal),
      limit: query.limit ?? 50,
    });
    return letters.map((letter) => LetterResponseDto.from(letter));
  }

  @Get(':letterId')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Read one letter.' })
  @ApiOkResponse({ type: LetterResponseDto })
  async get(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    const letter = await this.letters.findById(id, readableTenantFilter(principal));
    if (!letter) {
      throw LetterErrors.notFound(id);
    }
    return LetterResponseDto.from(letter);
  }
}
