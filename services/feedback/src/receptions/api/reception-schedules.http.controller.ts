import { Body, Controller, Param } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Matches } from 'class-validator';

import { assertCanWrite, CurrentPrincipal, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';
import { IsCalendarDate, Route } from '@libs/service-kit';

import {
  checkReceptionSchedule,
  ReceptionSchedule,
  WEEKDAY_NAMES,
} from '../domain/reception-schedule';
import { ReceptionScheduleStore } from '../domain/reception-schedule.store';

export class ReceptionScheduleRequestDto {
  @ApiProperty({
    type: [Number],
    example: [4],
    description: 'ISO weekdays 1 (Monday) … 5 (Friday)',
  })
  @IsArray({ message: 'weekdays là một mảng các ngày trong tuần.' })
  @ArrayMaxSize(5)
  @IsInt({ each: true, message: 'Ngày trong tuần là số nguyên từ 1 đến 5.' })
  weekdays: number[];

  @ApiProperty({ example: '08:00' })
  @Matches(/^\d{2}:\d{2}$/, { message: 'Giờ bắt đầu có dạng HH:MM.' })
  startTime: string;

  @ApiProperty({ example: '11:00' })
  @Matches(/^\d{2}:\d{2}$/, { message: 'Giờ kết thúc có dạng HH:MM.' })
  endTime: string;

  @ApiProperty({ example: 'Phòng tiếp công dân, trụ sở UBND phường' })
  @IsString()
  @Length(1, 200)
  place: string;

  @ApiProperty({ example: '2026-01-05' })
  @IsCalendarDate({ message: 'Ngày áp dụng phải là một ngày có thật, dạng YYYY-MM-DD.' })
  effectiveFrom: string;
}

export class ReceptionScheduleResponseDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ type: [Number], example: [4] })
  weekdays: number[];

  @ApiProperty({ example: 'Thứ Năm hằng tuần, từ 08:00 đến 11:00, tại Phòng tiếp công dân' })
  notice: string;

  @ApiProperty()
  startTime: string;

  @ApiProperty()
  endTime: string;

  @ApiProperty()
  place: string;

  @ApiProperty()
  effectiveFrom: string;

  static from(schedule: ReceptionSchedule): ReceptionScheduleResponseDto {
    const days = schedule.weekdays.map((day) => WEEKDAY_NAMES[day] ?? String(day)).join(', ');
    return {
      communeCode: schedule.communeCode,
      weekdays: schedule.weekdays,
      notice: `${days} hằng tuần, từ ${schedule.startTime} đến ${schedule.endTime}, tại ${schedule.place}`,
      startTime: schedule.startTime,
      endTime: schedule.endTime,
      place: schedule.place,
      effectiveFrom: schedule.effectiveFrom,
    };
  }
}

/** The chairman's weekly citizen reception day (Luật Tiếp công dân 2013 Art. 15(2)(d)). */
@ApiTags('receptions')
@Controller('v1/reception-schedules')
export class ReceptionSchedulesHttpController {
  constructor(
    private readonly schedules: ReceptionScheduleStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  @Route({
    method: 'PUT',
    path: ':communeCode',
    roles: ['leader'],
    summary:
      'Set the chairman’s citizen reception day(s): at least one working weekday (Luật Tiếp công dân 2013 Art. 15(2)(d)).',
    returns: ReceptionScheduleResponseDto,
  })
  async set(
    @Param('communeCode') communeCode: string,
    @Body() body: ReceptionScheduleRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionScheduleResponseDto> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw new DomainError(
        'RECEPTION_SCHEDULE.COMMUNE_NOT_FOUND',
        'not-found',
        `Không có xã, phường mã ${communeCode}.`,
      );
    }
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const schedule = checkReceptionSchedule(body, {
      communeCode,
      provinceCode: commune.provinceCode,
      now: this.clock.now(),
      setBy: principal.subject,
    });
    await this.schedules.save(schedule);
    return ReceptionScheduleResponseDto.from(schedule);
  }

  @Route({
    method: 'GET',
    path: ':communeCode',
    roles: ['officer', 'leader', 'province'],
    returns: ReceptionScheduleResponseDto,
  })
  async get(
    @Param('communeCode') communeCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionScheduleResponseDto> {
    const schedule = await this.schedules.findById(communeCode, tenantScopeOf(principal));
    if (!schedule) {
      throw new DomainError(
        'RECEPTION_SCHEDULE.NOT_SET',
        'not-found',
        `Xã, phường ${communeCode} chưa có lịch tiếp công dân.`,
      );
    }
    return ReceptionScheduleResponseDto.from(schedule);
  }
}
