import { Injectable, PipeTransform } from '@nestjs/common';
import { Matches, ValidationOptions } from 'class-validator';

import { COMMUNE_CODE_PATTERN, PROCEDURE_KEY_PATTERN } from '@libs/contracts';
import { DomainError } from '@libs/errors';

/** The one wording for a bad commune code, in a body, a query or a path. */
export function communeCodeMessage(field: string): string {
  return `${field} phải là mã xã, phường gồm 5 chữ số`;
}

/** A 2025 commune code: five digits (Decision 19/2025/QĐ-TTg numbering). */
export function IsCommuneCode(options?: ValidationOptions): PropertyDecorator {
  return Matches(COMMUNE_CODE_PATTERN, {
    message: ({ property }) => communeCodeMessage(property),
    ...options,
  });
}

/** A procedure key of the catalogue: lower-case words joined by hyphens. */
export function IsProcedureKey(options?: ValidationOptions): PropertyDecorator {
  return Matches(PROCEDURE_KEY_PATTERN, {
    message: ({ property }) =>
      `${property} phải là mã thủ tục viết thường, nối bằng dấu gạch ngang`,
    ...options,
  });
}

/** A commune code in the path (`:communeCode`), refused with the same field message. */
@Injectable()
export class CommuneCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!COMMUNE_CODE_PATTERN.test(value)) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Dữ liệu gửi lên không hợp lệ.', [
        { field: 'communeCode', messages: [communeCodeMessage('communeCode')] },
      ]);
    }
    return value;
  }
}
