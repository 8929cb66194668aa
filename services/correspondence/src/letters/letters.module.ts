import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CivilStatusLettersConsumer } from './api/civil-status-letters.consumer';
import { LettersHttpController } from './api/letters.http.controller';
import { CivilStatusLettersService } from './application/civil-status-letters.service';
import { LetterRepository } from './infrastructure/letter.repository';
import { LetterRecord, LetterSchema } from './infrastructure/letter.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: LetterRecord.name, schema: LetterSchema }])],
  controllers: [LettersHttpController, CivilStatusLettersConsumer],
  providers: [CivilStatusLettersService, LetterRepository],
})
export class LettersModule {}
