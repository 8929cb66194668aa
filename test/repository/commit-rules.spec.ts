import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The commit-msg hook's verdict on a message: commitlint with the project's configuration. */
function lintMessage(message: string): { ok: boolean; output: string } {
  const root = join(__dirname, '..', '..');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', '@commitlint', 'cli', 'cli.js')],
    { cwd: root, input: message, encoding: 'utf8' },
  );
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('commit rules (.githooks/commit-msg)', () => {
  it('should accept a conventional subject under 72 characters, with a body after a blank line', () => {
    const verdict = lintMessage(
      'perf(correspondence): claim letter numbers from a register head\n\n' +
        'A claim sorted the year’s claims; a head document now holds the last number.\n',
    );
    expect(verdict).toEqual({ ok: true, output: '' });
  });

  it('should refuse a subject of 72 characters or more, naming the rule', () => {
    const subject = `feat(intake): ${'đ'.repeat(58)}`;
    expect(subject).toHaveLength(72);
    const verdict = lintMessage(`${subject}\n`);
    expect(verdict.ok).toBe(false);
    expect(verdict.output).toContain('header-max-length');
  });

  it('should refuse a subject without a type, and a body glued to the subject', () => {
    expect(lintMessage('numbers from a register head\n').output).toContain('type-empty');
    expect(lintMessage('fix(intake): a subject\nno blank line before the body\n').output).toContain(
      'body-leading-blank',
    );
  });
});
