import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

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

  @Get('status')
  @Roles('officer', 'leader', 'province', 'system')
  @ApiOperation({
    summary:
      'How far the projections are behind the topics: wait for lag 0 before reading figures of events just published.',
  })
  @ApiOkResponse({ type: ProjectionStatusResponseDto })
  async status(): Promise<ProjectionStatusResponseDto> {
    const { lag, lastEventAt } = await this.reports.status();
    return { lag, lastEventAt: lastEventAt?.toISOString() ?? null };
  }

  @Get('communes/:communeCode')
  @Roles('officer', 'leader', 'province', 'system')
  @ApiParam(COMMUNE_CODE)
  @ApiOperation({
    summary:
      "A commune's report for a period (day, month, quarter, half-year, year or from/to): dossiers, on-time rate, processing time, online and cashless shares, letters, satisfaction, feedback and the model verdict.",
  })
  @ApiOkResponse({ type: CommuneReportResponseDto })
  async commune(
    @Param('communeCode') communeCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommuneReportResponseDto> {
    return CommuneReportResponseDto.from(
      await this.reports.communeReport(communeCode, query, principal),
    );
  }

  @Get('communes/:communeCode/csv')
  @Roles('officer', 'leader', 'province', 'system')
  @ApiParam(COMMUNE_CODE)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same report as a CSV file (UTF-8 with BOM, Vietnamese headers).' })
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

  @Get('provinces/:provinceCode')
  @Roles('province')
  @ApiParam(PROVINCE_CODE)
  @ApiOperation({
    summary:
      "Every commune of the province for a period, ranked, each judged against the versioned model criteria ('no data' is neither pass nor fail), with progress toward the 2025 (50%) and 2030 (100%) targets.",
  })
  @ApiOkResponse({ type: ProvinceReportResponseDto })
  async province(
    @Param('provinceCode') provinceCode: string,
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProvinceReportResponseDto> {
    return ProvinceReportResponseDto.from(
      await this.reports.provinceReport(provinceCode, query, principal),
    );
  }

  @Get('provinces/:provinceCode/csv')
  @Roles('province')
  @ApiParam(PROVINCE_CODE)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The province table as a CSV file (UTF-8 with BOM, Vietnamese headers).',
  })
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
