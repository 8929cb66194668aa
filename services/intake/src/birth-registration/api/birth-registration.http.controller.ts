import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@libs/auth';
import { DomainError } from '@libs/errors';
import { Response } from 'express';
import { RegisterBirthService } from '../application/register-birth.service';
import { BirthRegistrationResponseDto } from '../dto/birth-registration.response.dto';
import { RegisterBirthRequestDto } from '../dto/register-birth.request.dto';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

@ApiTags('birth-registrations')
@Controller('v1/birth-registrations')
export class BirthRegistrationHttpController {
  constructor(private readonly service: RegisterBirthService) {}

  @Post()
  @Roles('officer', 'leader', 'system')
  @ApiOperation({ summary: 'Register a birth (đăng ký khai sinh); publishes birth.registered.v1.' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key, same registration',
  })
  @ApiCreatedResponse({ type: BirthRegistrationResponseDto })
  @ApiOkResponse({
    type: BirthRegistrationResponseDto,
    description: 'Replay of an earlier request',
  })
  async register(
    @Body() body: RegisterBirthRequestDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BirthRegistrationResponseDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Idempotency-Key không hợp lệ.', [
        { field: 'Idempotency-Key', messages: ['8–100 characters: letters, digits, . _ : -'] },
      ]);
    }
    const outcome = await this.service.register(body, principal, idempotencyKey);
    response.status(outcome.created ? 201 : 200);
    return BirthRegistrationResponseDto.from(outcome.registration);
  }

  @Get(':registrationId')
  @Roles('officer', 'leader', 'province', 'system')
  @ApiOperation({ summary: 'Read one birth registration.' })
  @ApiOkResponse({ type: BirthRegistrationResponseDto })
  async get(
    @Param('registrationId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BirthRegistrationResponseDto> {
    return BirthRegistrationResponseDto.from(await this.service.get(id, principal));
  }
}
