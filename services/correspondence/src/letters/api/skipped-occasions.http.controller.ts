import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { SkippedOccasionsService } from '../application/skipped-occasions.service';
import { LetterResponseDto } from '../dto/letter.response.dto';
import {
  SearchSkippedOccasionsQueryDto,
  SkippedOccasionResponseDto,
} from '../dto/skipped-occasion.dto';

@ApiTags('letters')
@Controller('v1/skipped-occasions')
export class SkippedOccasionsHttpController {
  constructor(private readonly service: SkippedOccasionsService) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({
    summary:
      'Births and deaths registered outside the letter window: acknowledged, recorded, no letter.',
  })
  @ApiOkResponse({ type: [SkippedOccasionResponseDto] })
  async search(
    @Query() query: SearchSkippedOccasionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SkippedOccasionResponseDto[]> {
    const found = await this.service.search(query.communeCode, query.limit ?? 50, principal);
    return found.map((occasion) => SkippedOccasionResponseDto.from(occasion));
  }

  @Post(':occasionId/letter')
  @HttpCode(201)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Ask for the letter of a skipped event; 400 LETTER.OUTSIDE_WINDOW while the event is outside the commune window.',
  })
  @ApiOkResponse({ type: LetterResponseDto })
  async requestLetter(
    @Param('occasionId') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.service.requestLetter(id, principal));
  }
}
