import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';
import { CommuneCodePipe } from '@libs/service-kit';

import { LetterSettingsService } from '../application/letter-settings.service';
import { LetterSettings, signatureLines } from '../domain/letter-settings';
import {
  LetterSettingsResponseDto,
  UpdateLetterSettingsRequestDto,
} from '../dto/letter-settings.dto';

@ApiTags('letter-settings')
@Controller('v1/letter-settings')
export class LetterSettingsHttpController {
  constructor(private readonly settings: LetterSettingsService) {}

  @Get(':communeCode')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: "A commune's letter settings (its saved ones or the defaults)." })
  @ApiOkResponse({ type: LetterSettingsResponseDto })
  async read(
    @Param('communeCode', CommuneCodePipe) communeCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterSettingsResponseDto> {
    return this.respond(await this.settings.read(communeCode, principal));
  }

  @Put(':communeCode')
  @Roles('leader')
  @ApiOperation({
    summary:
      'Which kinds the commune sends, which need a leader’s approval, and who signs (leader).',
  })
  @ApiOkResponse({ type: LetterSettingsResponseDto })
  async update(
    @Param('communeCode', CommuneCodePipe) communeCode: string,
    @Body() body: UpdateLetterSettingsRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterSettingsResponseDto> {
    return this.respond(await this.settings.update(communeCode, body, principal));
  }

  private respond(settings: LetterSettings): LetterSettingsResponseDto {
    return LetterSettingsResponseDto.from(
      settings,
      signatureLines(settings.signer.role),
      this.settings.naming(settings),
    );
  }
}
