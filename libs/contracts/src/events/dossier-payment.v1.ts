import { IsIn, IsInt, IsISO8601, Max, Min } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { OptionalOfficerId } from './common.types';
import { DossierRefV1 } from './dossier.v1';
import { defineEvent } from './event-definition';

export const PAYMENT_METHODS = ['cash', 'cashless'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

@JSONSchema({
  description:
    'The fee of a dossier was paid, in cash at the desk or cashless (bank transfer, QR, the national payment platform).',
})
export class DossierFeePaidV1 extends DossierRefV1 {
  @JSONSchema({ description: 'Amount paid, in Vietnamese đồng.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amountVnd: number;

  @IsIn(PAYMENT_METHODS)
  method: PaymentMethod;

  @IsISO8601({ strict: true })
  paidAt: string;

  @OptionalOfficerId()
  officerId?: string;
}

export const DOSSIER_FEE_PAID_V1 = defineEvent({
  name: 'dossier.fee-paid',
  version: 1,
  topic: TOPICS.dossier,
  producer: 'intake',
  summary: 'The fee of a dossier was paid (cash or cashless); feeds the online-payment rate.',
  dataClass: DossierFeePaidV1,
});
