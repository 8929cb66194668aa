import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';

import { DomainError } from '@libs/errors';

import { CommuneCodePipe, IsCommuneCode, IsProcedureKey } from './code.validators';

class Query {
  @IsCommuneCode()
  communeCode: string;

  @IsOptional()
  @IsProcedureKey()
  procedureKey?: string;
}

function problems(value: object): Record<string, string[]> {
  return Object.fromEntries(
    validateSync(plainToInstance(Query, value)).map((error) => [
      error.property,
      Object.values(error.constraints ?? {}),
    ]),
  );
}

describe('code validators', () => {
  it('should accept a five-digit commune code and a kebab-case procedure key', () => {
    expect(problems({ communeCode: '14797', procedureKey: 'khai-sinh' })).toEqual({});
  });

  it('should refuse a malformed commune code and procedure key with Vietnamese messages', () => {
    expect(problems({ communeCode: '1479', procedureKey: 'Khai Sinh' })).toEqual({
      communeCode: ['communeCode phải là mã xã, phường gồm 5 chữ số'],
      procedureKey: ['procedureKey phải là mã thủ tục viết thường, nối bằng dấu gạch ngang'],
    });
    expect(problems({ communeCode: '147970' }).communeCode).toHaveLength(1);
  });

  it('should refuse a bad commune code in the path with the same field message', () => {
    const pipe = new CommuneCodePipe();
    expect(pipe.transform('14797')).toBe('14797');
    let refusal: unknown;
    try {
      pipe.transform('xa-14797');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('REQUEST.INVALID');
    expect((refusal as DomainError).fields).toEqual([
      { field: 'communeCode', messages: ['communeCode phải là mã xã, phường gồm 5 chữ số'] },
    ]);
  });
});
