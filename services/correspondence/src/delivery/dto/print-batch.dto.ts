import { ApiProperty } from '@nestjs/swagger';

import { CommuneCodeField, DateField } from '@libs/service-kit';

import { PrintBatch } from '../domain/print-batch';

export class CreatePrintBatchRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @DateField({
    label: 'Ngày in',
    example: '2026-11-28',
    description: 'The day (Vietnam date): every paper letter approved by its end is printed.',
  })
  date: string;
}

export class PrintBatchResponseDto {
  @ApiProperty({ format: 'uuid' })
  batchId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '2026-11-28' })
  date: string;

  @ApiProperty()
  letterCount: number;

  @ApiProperty({ type: [String], description: 'In print order.' })
  letterIds: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '/v1/print-batches/…/pdf' })
  pdfUrl: string;

  static from(batch: PrintBatch): PrintBatchResponseDto {
    return {
      batchId: batch.id,
      communeCode: batch.communeCode,
      date: batch.date,
      letterCount: batch.letterIds.length,
      letterIds: batch.letterIds,
      createdAt: batch.createdAt.toISOString(),
      pdfUrl: `/v1/print-batches/${batch.id}/pdf`,
    };
  }
}
