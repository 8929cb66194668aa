import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * An optional query parameter for how many rows a page holds (`?limit=50`): a whole number
 * from 1 to `maximum`, refused with the same Vietnamese messages in every service.
 */
export function PageLimit(defaultLimit = 50, maximum = 200): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: defaultLimit, maximum }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: ({ property }) => `${property} phải là số nguyên` }),
    Min(1, { message: ({ property }) => `${property} phải từ 1 trở lên` }),
    Max(maximum, { message: ({ property }) => `${property} không được quá ${maximum}` }),
  );
}
