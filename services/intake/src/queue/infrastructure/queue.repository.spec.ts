import { Model } from 'mongoose';

import { QueueTicket } from '../domain/queue-ticket';
import { QueueRepository } from './queue.repository';
import { QueueFiguresRecord, QueueTicketRecord } from './queue-ticket.schema';

type Figures = Record<string, unknown> & { issued?: number; issuedTickets?: string[] };

/**
 * The store's upsert, in memory, with a hook that lets another writer create the day's
 * figures between the upsert's failed match and its insert: a race too narrow to provoke
 * on a real store on demand.
 */
class FakeFigures {
  readonly documents = new Map<string, Figures>();
  beforeInsert?: (() => void) | undefined;

  updateOne(
    filter: Record<string, unknown>,
    update: Record<string, Record<string, unknown>>,
    options: { upsert?: boolean } = {},
  ): { exec: () => Promise<unknown> } {
    return { exec: () => Promise.resolve().then(() => this.apply(filter, update, options)) };
  }

  private apply(
    filter: Record<string, unknown>,
    update: Record<string, Record<string, unknown>>,
    options: { upsert?: boolean },
  ): { modifiedCount: number } {
    const id = filter._id as string;
    const [field, guard] = Object.entries(filter).find(([key]) => key !== '_id') as [
      string,
      { $ne: string },
    ];
    const existing = this.documents.get(id);
    if (existing && !((existing[field] as string[] | undefined) ?? []).includes(guard.$ne)) {
      this.change(existing, update);
      return { modifiedCount: 1 };
    }
    if (!options.upsert) {
      return { modifiedCount: 0 };
    }
    this.beforeInsert?.();
    this.beforeInsert = undefined;
    if (this.documents.has(id)) {
      throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
    }
    const created: Figures = { _id: id, ...update.$setOnInsert };
    this.change(created, update);
    this.documents.set(id, created);
    return { modifiedCount: 0 };
  }

  private change(document: Figures, update: Record<string, Record<string, unknown>>): void {
    for (const [key, by] of Object.entries(update.$inc ?? {})) {
      document[key] = ((document[key] as number | undefined) ?? 0) + (by as number);
    }
    for (const [key, value] of Object.entries(update.$push ?? {})) {
      document[key] = [...((document[key] as unknown[] | undefined) ?? []), value];
    }
  }
}

const ticket = (id: string): QueueTicket => ({
  id,
  communeCode: '14797',
  provinceCode: '38',
  day: '2026-03-13',
  number: 1,
  procedureKey: 'copy-certification',
  procedureName: 'Chứng thực bản sao từ bản chính',
  issuedAt: new Date('2026-03-13T01:00:00.000Z'),
  issuedBy: 'officer-1',
});

describe('QueueRepository daily figures', () => {
  const FIGURES_ID = '14797:2026-03-13:copy-certification';
  let figures: FakeFigures;
  let repository: QueueRepository;

  beforeEach(() => {
    figures = new FakeFigures();
    repository = new QueueRepository(
      {} as Model<QueueTicketRecord>,
      figures as unknown as Model<QueueFiguresRecord>,
    );
  });

  it('should count both first tickets of a day when another creates the figures meanwhile', async () => {
    figures.beforeInsert = () =>
      figures.documents.set(FIGURES_ID, { _id: FIGURES_ID, issued: 1, issuedTickets: ['B'] });

    await repository.countIssued(ticket('A'));

    expect(figures.documents.get(FIGURES_ID)).toMatchObject({
      issued: 2,
      issuedTickets: ['B', 'A'],
    });
  });

  it('should count a ticket once when it is counted again', async () => {
    await repository.countIssued(ticket('A'));
    await repository.countIssued(ticket('A'));

    expect(figures.documents.get(FIGURES_ID)).toMatchObject({ issued: 1, issuedTickets: ['A'] });
  });

  it('should count a ticket once when its own earlier count created the figures meanwhile', async () => {
    figures.beforeInsert = () =>
      figures.documents.set(FIGURES_ID, { _id: FIGURES_ID, issued: 1, issuedTickets: ['A'] });

    await repository.countIssued(ticket('A'));

    expect(figures.documents.get(FIGURES_ID)).toMatchObject({ issued: 1, issuedTickets: ['A'] });
  });

  it('should pass on errors other than a duplicate key', async () => {
    figures.beforeInsert = () => {
      throw new Error('store unavailable');
    };

    await expect(repository.countIssued(ticket('A'))).rejects.toThrow('store unavailable');
  });
});
