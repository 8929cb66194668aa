import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseScenario, ScenarioFileError } from './scenario';

const ARTICLE_YEAR = join(__dirname, '..', '..', '..', '..', 'scenarios', 'dien-bien-2022.json');
const knownCommune = (code: string): boolean => code === '14797';

function valid(): Record<string, unknown> {
  return JSON.parse(readFileSync(ARTICLE_YEAR, 'utf8')) as Record<string, unknown>;
}

function problemsOf(raw: unknown): { field: string; message: string }[] {
  try {
    parseScenario(raw, knownCommune);
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      return [...error.problems];
    }
    throw error;
  }
  return [];
}

describe('parseScenario', () => {
  it('should read the article year with its counts and expectations', () => {
    const scenario = parseScenario(valid(), knownCommune);

    expect(scenario.commune).toBe('14797');
    expect(scenario.dossiers.map((row) => row.count)).toEqual([97, 35, 36, 5856]);
    expect(scenario.surveys.satisfied).toBe(720);
    expect(scenario.expect?.letters?.congratulation).toBe(132);
  });

  it.each([
    ['commune', { commune: '99999' }],
    ['commune', { commune: '1479' }],
    ['period.to', { period: { from: '2022-12-31', to: '2022-01-01' } }],
    ['period.from', { period: { from: '2022-02-30', to: '2022-12-31' } }],
    ['seed', { seed: 'abc' }],
    ['name', { name: 'has spaces' }],
    ['surveys.neutral', { surveys: { neutral: -1 } }],
    [
      'feedback.answeredLate',
      { feedback: { suggestionBoxes: 1, submissions: 2, answeredLate: 3 } },
    ],
    ['expect.onTimeRate', { expect: { onTimeRate: 1.5 } }],
    ['expect.letters.thanks', { expect: { letters: { thanks: 1 } } }],
    ['colour', { colour: 'blue' }],
  ])('should name the field %s when it is wrong', (field, change) => {
    expect(problemsOf({ ...valid(), ...change }).map((p) => p.field)).toContain(field);
  });

  it('should refuse more late or online dossiers than received, naming the row', () => {
    const raw = valid();
    raw.dossiers = [{ procedure: 'copy-certification', count: 2, late: 3, online: 5 }];

    expect(problemsOf(raw).map((p) => p.field)).toEqual(
      expect.arrayContaining(['dossiers[0].late', 'dossiers[0].online']),
    );
  });

  it('should refuse more survey answers than returned dossiers', () => {
    const raw = valid();
    raw.dossiers = [{ procedure: 'copy-certification', count: 1, late: 0, online: 0 }];

    expect(problemsOf(raw)).toContainEqual({
      field: 'surveys',
      message: '1200 answers but only 1 returned dossiers',
    });
  });

  it('should refuse a procedure listed twice and a file that is not an object', () => {
    const raw = valid();
    raw.dossiers = [
      { procedure: 'copy-certification', count: 1, late: 0, online: 0 },
      { procedure: 'copy-certification', count: 1, late: 0, online: 0 },
    ];
    raw.surveys = {};

    expect(problemsOf(raw)).toEqual([
      { field: 'dossiers[1].procedure', message: 'copy-certification is listed twice' },
    ]);
    expect(problemsOf([])).toEqual([{ field: '(file)', message: 'must be a JSON object' }]);
  });
});
