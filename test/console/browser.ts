import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { Browser, chromium, Page } from 'playwright-core';

import { eventually, REPOSITORY_ROOT } from '@libs/testing';

/** Kept after the run (git-ignored): every page the browser test visits, as it looked. */
export const SCREENSHOT_DIR = join(REPOSITORY_ROOT, '.local', 'screenshots', 'console');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Debian's chromium package (deploy/local/run-tests.sh installs it where missing), driven by
 * playwright-core, which downloads no browser of its own. CHROMIUM_PATH overrides.
 */
export async function launchChromium(chromiumPath = ''): Promise<Browser> {
  const executablePath = [chromiumPath, ...CHROMIUM_CANDIDATES].find(
    (candidate) => candidate !== '' && existsSync(candidate),
  );
  if (!executablePath) {
    throw new Error(
      'No chromium found: install the Debian package (sudo apt-get install -y chromium) or set CHROMIUM_PATH',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // As root (CI) Chromium refuses its sandbox; the pages are the project's own.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=vi-VN'],
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core on the page as it is now, against WCAG 2.0/2.1 A and AA. Returns the serious and
 * critical violations, described for a failure message. Injected through the DevTools
 * protocol, so the console's Content-Security-Policy stays as strict as in production.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface ConsoleProcess {
  baseUrl: string;
  process: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

/** The compiled console (dist/, with the built app) as its own process, with only `environment`. */
export async function startConsole(
  port: number,
  environment: Record<string, string>,
): Promise<ConsoleProcess> {
  if (!existsSync(join(REPOSITORY_ROOT, 'dist', 'services', 'console', 'web', 'index.html'))) {
    throw new Error(
      'The console app is not built: run `npm run build` first (the test command does)',
    );
  }
  const child = spawn(
    process.execPath,
    ['-r', './deploy/runtime/register-paths.js', 'dist/services/console/src/main.js'],
    {
      cwd: REPOSITORY_ROOT,
      env: {
        NODE_ENV: 'test',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...environment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) {
          throw new Error(`console exited: ${output.join('').slice(-2000)}`);
        }
        return (await fetch(`${baseUrl}/health/ready`)).status === 200 ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200, description: 'console ready' },
    );
  } catch (error) {
    // the caller never receives the process; left running, its pipes keep jest from exiting
    await stop();
    throw error;
  }
  return { baseUrl, process: child, output, stop };
}
