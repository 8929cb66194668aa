import { ApiProperty } from '@nestjs/swagger';

export class ProjectionStatusResponseDto {
  @ApiProperty({
    example: 0,
    description:
      'Records on the topics reporting consumes that its consumer group has not processed (committed) yet; 0 = every published event is in the figures',
  })
  lag: number;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-12-01T10:00:00.000Z',
    description:
      'When the projections last counted an event (processing time); null before the first',
  })
  lastEventAt: string | null;
}
