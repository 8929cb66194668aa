import { Controller, Headers, Param, Query } from '@nestjs/common';
import { ApiHeader, ApiParam, ApiTags } from '@nestjs/swagger';

import { DomainError } from '@libs/errors';
import { Route } from '@libs/service-kit';

import { DossierLookupService } from '../application/dossier-lookup.service';
import { dossierCodeForCounting } from '../domain/lookup-attempts';
import { DossierLookupQueryDto, PublicDossierStatusDto } from '../dto/dossier-lookup.dto';

const CODE = /^[A-Za-z0-9.-]{5,60}$/;

@ApiTags('citizen lookup')
@Controller('v1/public/dossiers')
export class DossierLookupHttpController {
  constructor(private readonly lookup: DossierLookupService) {}

  @Route({
    method: 'GET',
    path: ':dossierCode',
    public: { param: 'dossierCode', canonical: dossierCodeForCounting },
    summary:
      "A citizen's own dossier by its code and the secret on the receipt: status in Vietnamese, appointment, procedure. A wrong secret answers 404.",
    returns: PublicDossierStatusDto,
  })
  @ApiParam({ name: 'dossierCode', example: 'H38.147.97-260212-380001' })
  @ApiHeader({ name: 'X-Lookup-Secret', required: false, description: 'Instead of ?secret=' })
  async find(
    @Param('dossierCode') dossierCode: string,
    @Query() query: DossierLookupQueryDto,
    @Headers('x-lookup-secret') headerSecret: string | undefined,
  ): Promise<PublicDossierStatusDto> {
    const secret = query.secret ?? headerSecret;
    const problems = [
      ...(CODE.test(dossierCode)
        ? []
        : [{ field: 'dossierCode', messages: ['Mã hồ sơ không đúng định dạng.'] }]),
      ...(secret && secret.length <= 40
        ? []
        : [{ field: 'secret', messages: ['Cần mã tra cứu in trên giấy tiếp nhận.'] }]),
    ];
    if (problems.length > 0 || !secret) {
      throw new DomainError(
        'REQUEST.INVALID',
        'invalid',
        'Dữ liệu tra cứu không hợp lệ.',
        problems,
      );
    }
    return PublicDossierStatusDto.from(await this.lookup.lookup(dossierCode, secret));
  }
}
