import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { PageLimit } from './page-limit.validator';

class PageQuery {
  @PageLimit()
  limit?: number;
}

class AuditQuery {
  @PageLimit(100, 1000)
  limit?: number;
}

function read<T extends object>(type: new () => T, query: Record<string, string>) {
  const instance = plainToInstance(type, query);
  const messages = validateSync(instance).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  return { instance, messages };
}

describe('PageLimit', () => {
  it('should turn the query text into a number and accept an absent limit', () => {
    expect(read(PageQuery, { limit: '20' })).toEqual({ instance: { limit: 20 }, messages: [] });
    expect(read(PageQuery, {}).messages).toEqual([]);
  });

  it('should refuse a limit that is not a whole number from 1 to the maximum, in Vietnamese', () => {
    expect(read(PageQuery, { limit: '2.5' }).messages).toEqual(['limit phải là số nguyên']);
    expect(read(PageQuery, { limit: '0' }).messages).toEqual(['limit phải từ 1 trở lên']);
    expect(read(PageQuery, { limit: '201' }).messages).toEqual(['limit không được quá 200']);
    expect(read(AuditQuery, { limit: '1000' }).messages).toEqual([]);
    expect(read(AuditQuery, { limit: '1001' }).messages).toEqual(['limit không được quá 1000']);
  });
});
