import { Controller, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

import { AuditTrailRow, AuditTrailService } from '@libs/audit';
import { CurrentPrincipal, Principal } from '@libs/auth';
import { DomainError } from '@libs/errors';

import { IsCommuneCode } from '../http/code.validators';
import { PageLimit } from '../http/page-limit.validator';
import { Route } from '../http/route.decorator';

export class AuditTrailQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-01T00:00:00+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from phải là một thời điểm có thật (ISO 8601)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-30T23:59:59+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to phải là một thời điểm có thật (ISO 8601)' })
  to?: string;

  @PageLimit(100, 1000)
  limit?: number;
}

@ApiTags('audit')
@Controller('v1/audit-trail')
export class AuditTrailHttpController {
  constructor(private readonly audit: AuditTrailService) {}

  @Route({
    method: 'GET',
    roles: ['leader'],
    summary: "Who changed what, when, in the leader's commune (newest first).",
  })
  async list(
    @Query() query: AuditTrailQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditTrailRow[]> {
    if (!principal.communes.includes(query.communeCode)) {
      throw new DomainError(
        'TENANCY.FORBIDDEN',
        'forbidden',
        `Không được xem nhật ký của xã, phường ${query.communeCode}.`,
      );
    }
    return this.audit.list(query.communeCode, {
      from: query.from ? new Date(query.from) : new Date(0),
      to: query.to ? new Date(query.to) : new Date(8640000000000000),
      limit: query.limit ?? 100,
    });
  }
}
