import { Controller, Header, Param, Query, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { ReportsService } from '../application/reports.service';
import { communeReportCsv, provinceTableCsv } from '../domain/reports-csv';
import { CommuneReportResponseDto } from '../dto/commune-report.response.dto';
import { ProjectionStatusResponseDto } from '../dto/projection-status.response.dto';
import { ProvinceReportResponseDto } from '../dto/province-report.response.dto';
import { ReportQueryDto } from '../dto/report.query.dto';

const COMMUNE_CODE = { name: 'communeCode', example: '14797', description: '5-digit 2025 code' };
const PROVINCE_CODE = { name: 'provinceCode', example: '38', description: '2-digit 2025 code' };

@ApiTags('reports')
@Controller('v1/reports')
export class ReportsHttpController {
  constructor(private readonly reports: ReportsService) {}

  @Route({
    method: 'GET',
    path: 'status',
    roles: ['officer', 'leader', 'province', 'system'],
    summary:
      'How far the projections are behind the topics: wait for lag 0 before reading figures of events just published.',
    returns: ProjectionStatusResponseDto,
  })
  async status(): Promise<ProjectionStatusResponseDto> {
    const { lag, lastEventAt } = await this.reports.status();
    return { lag, lastEventAt: lastEventAt?.toISOString() ?? null };
  }

  @Route({
    method: 'GET',
    path: 'communes/:communeCode',
    roles: ['officer', 'leader', 'province', 'system'],
    summary:
      "A commune's report for a period (day, month, quarter, half-year, year or from/to): dossiers, on-time rate, processing time, online and cashless shares, letters, satisfaction, feedback and the model verdict.",
    returns: CommuneReportResponseDto,
  })
  @ApiParam(COMMUNE_CODE)
  async commune(
    @Param('communeCode') communeCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommuneReportResponseDto> {
    return CommuneReportResponseDto.from(
      await this.reports.communeReport(communeCode, query, principal),
    );
  }

  @Route({
    method: 'GET',
    path: 'communes/:communeCode/csv',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'The same report as a CSV file (UTF-8 with BOM, Vietnamese headers).',
    produces: ['text/csv'],
  })
  @ApiParam(COMMUNE_CODE)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async communeCsv(
    @Param('communeCode') communeCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const report = await this.reports.communeReport(communeCode, query, principal);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="bao-cao-${report.commune.code}-${report.period.from}-${report.period.to}.csv"`,
    );
    return communeReportCsv(report.commune, report.period, report.figures, report.verdict.label);
  }

  @Route({
    method: 'GET',
    path: 'provinces/:provinceCode',
    roles: ['province'],
    summary:
      "Every commune of the province for a period, ranked, each judged against the versioned model criteria ('no data' is neither pass nor fail), with progress toward the 2025 (50%) and 2030 (100%) targets.",
    returns: ProvinceReportResponseDto,
  })
  @ApiParam(PROVINCE_CODE)
  async province(
    @Param('provinceCode') provinceCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProvinceReportResponseDto> {
    return ProvinceReportResponseDto.from(
      await this.reports.provinceReport(provinceCode, query, principal),
    );
  }

  @Route({
    method: 'GET',
    path: 'provinces/:provinceCode/csv',
    roles: ['province'],
    summary: 'The province table as a CSV file (UTF-8 with BOM, Vietnamese headers).',
    produces: ['text/csv'],
  })
  @ApiParam(PROVINCE_CODE)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async provinceCsv(
    @Param('provinceCode') provinceCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const report = await this.reports.provinceReport(provinceCode, query, principal);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="xep-hang-${report.provinceCode}-${report.period.from}-${report.period.to}.csv"`,
    );
    return provinceTableCsv(report.period, report.communes);
  }
}
