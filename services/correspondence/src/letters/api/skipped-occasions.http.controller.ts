import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

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

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Births and deaths registered outside the letter window: acknowledged, recorded, no letter.',
    returns: [SkippedOccasionResponseDto],
  })
  async search(
    @Query() query: SearchSkippedOccasionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SkippedOccasionResponseDto[]> {
    const found = await this.service.search(query.communeCode, query.limit ?? 50, principal);
    return found.map((occasion) => SkippedOccasionResponseDto.from(occasion));
  }

  @Route({
    method: 'POST',
    path: ':occasionId/letter',
    status: 201,
    roles: ['officer', 'leader'],
    summary:
      'Ask for the letter of a skipped event; 400 LETTER.OUTSIDE_WINDOW while the event is outside the commune window.',
    returns: LetterResponseDto,
  })
  async requestLetter(
    @Param('occasionId') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.service.requestLetter(id, principal));
  }
}
