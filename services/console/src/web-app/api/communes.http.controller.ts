import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';

import { Commune, CommuneDirectory } from '@libs/reference-data';

/**
 * The 2025 commune directory, so pages can name the commune a token only gives by code
 * (public data: the same list every service loads).
 */
@Controller('reference/communes')
export class CommunesHttpController {
  constructor(private readonly directory: CommuneDirectory) {}

  /** Communes by the words of their name, for a citizen who knows the name, not the code. */
  @Get()
  @Header('cache-control', 'public, max-age=3600')
  search(@Query('q') text: unknown, @Query('province') province: unknown): Commune[] {
    const words = typeof text === 'string' ? text.slice(0, 100) : '';
    return this.directory.search(words, {
      ...(typeof province === 'string' && /^\d{2}$/.test(province)
        ? { provinceCode: province }
        : {}),
      limit: 20,
    });
  }

  @Get(':communeCode')
  @Header('cache-control', 'public, max-age=86400')
  find(@Param('communeCode') code: string): Commune {
    const commune = /^\d{5}$/.test(code) ? this.directory.find(code) : undefined;
    if (!commune) {
      throw new NotFoundException(`Không có xã, phường mã ${code.slice(0, 10)}.`);
    }
    return commune;
  }
}
