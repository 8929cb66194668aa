import { Controller } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';

import { Route } from '@libs/service-kit';

import { CONDUCT_CODE } from '../domain/public-board';

class ConductGroupDto {
  @ApiProperty({ example: '5 biết' })
  group: string;

  @ApiProperty({ type: [String], example: ['Biết lắng nghe dân nói'] })
  items: string[];
}

/** The code of conduct the desk posts, for the console's public pages (the same words). */
@ApiTags('procedures')
@Controller('v1/public')
export class ConductCodeHttpController {
  @Route({
    method: 'GET',
    path: 'conduct-code',
    public: true,
    summary: 'The "5 biết, 3 không, 4 thể hiện" code of conduct officers keep, as posted.',
    returns: [ConductGroupDto],
  })
  conductCode(): ConductGroupDto[] {
    return CONDUCT_CODE.map(({ group, items }) => ({ group, items: [...items] }));
  }
}
