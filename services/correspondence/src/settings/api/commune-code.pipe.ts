import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '@libs/errors';

/** A 5-digit 2025 commune code in the path, refused with a field message otherwise. */
@Injectable()
export class CommuneCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^\d{5}$/.test(value)) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Dữ liệu gửi lên không hợp lệ.', [
        { field: 'communeCode', messages: ['communeCode phải gồm 5 chữ số'] },
      ]);
    }
    return value;
  }
}
