import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';

import { eventually, ServiceProcesses, TestAuthority, testInfrastructure } from '@libs/testing';

import { LocalKeycloak, startLocalKeycloak, stopLocalKeycloak } from '../sign-in/local-keycloak';
import {
  ConsoleProcess,
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  startConsole,
} from './browser';

/** The realm's `console` client redirects only to port 3000 (deploy/keycloak/realm-…json). */
const CONSOLE_PORT = 3000;
const FIRST_SERVICE_PORT = 3801;
const DEMO_PASSWORD = 'Demo@2025';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * The console in a real browser (Debian's chromium through playwright-core) against the real
 * services, broker, store and Keycloak sign-in: an officer of Phường Hạc Thành signs in, sees
 * the desk, receives a dossier after correcting a mistake, finds it on the desk; a citizen
 * without an account looks it up. Every page is checked with axe-core and photographed
 * (.local/screenshots/console). The steps run in order and share the dossier.
 */
describe('the console in a browser: officer desk and citizen lookup (real sign-in)', () => {
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const authority = new TestAuthority();
  let keycloak: LocalKeycloak | undefined;
  let services: ServiceProcesses | undefined;
  let consoleApp: ConsoleProcess | undefined;
  let browser: Browser | undefined;
  let officer: BrowserContext;
  let page: Page;
  const received = { code: '', secret: '' };

  const url = (path: string): string => `http://127.0.0.1:${CONSOLE_PORT}${path}`;
  /** Keycloak's first login page can take long on a loaded 2-core machine: bounds, not timings. */
  const newContext = async (viewport: { width: number; height: number }) => {
    const context = await browser!.newContext({ viewport, locale: 'vi-VN' });
    context.setDefaultTimeout(60_000);
    context.setDefaultNavigationTimeout(120_000);
    return context;
  };
  /** Photographs the page and fails on serious or critical WCAG 2.1 A/AA violations. */
  const visit = async (target: Page, name: string): Promise<void> => {
    await screenshot(target, name);
    expect({ page: name, violations: await seriousAccessibilityViolations(target) }).toEqual({
      page: name,
      violations: [],
    });
  };

  beforeAll(async () => {
    const taken = await fetch(url('/health/live')).then(
      () => true,
      () => false,
    );
    if (taken) {
      throw new Error(
        `Port ${CONSOLE_PORT} is in use (a console from run-system.sh?): the realm's sign-in redirects there; stop it first`,
      );
    }
    keycloak = startLocalKeycloak();
    services = await ServiceProcesses.start({
      firstPort: FIRST_SERVICE_PORT,
      kafkaBrokers,
      mongoUrl,
      run,
      environment: {
        ...authority.environment,
        AUTH_TRUSTED_ISSUERS: JSON.stringify([
          { issuer: keycloak.issuer, jwksUrl: keycloak.jwksUrl },
        ]),
      },
    });
    const base = (name: 'intake' | 'deadline' | 'correspondence' | 'survey' | 'feedback') =>
      services!.url(name, '');
    consoleApp = await startConsole(CONSOLE_PORT, {
      PATH: process.env.PATH ?? '',
      INTAKE_URL: base('intake'),
      DEADLINE_URL: base('deadline'),
      CORRESPONDENCE_URL: base('correspondence'),
      SURVEY_URL: base('survey'),
      FEEDBACK_URL: base('feedback'),
      OIDC_ISSUER: keycloak.issuer,
      OIDC_CLIENT_ID: keycloak.clientId,
    });
    browser = await launchChromium(process.env.CHROMIUM_PATH);
    officer = await newContext(DESKTOP);
    page = await officer.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await consoleApp?.stop();
    await services?.stop();
    if (keycloak?.startedHere) {
      stopLocalKeycloak();
    }
  });

  it('should sign an officer in through Keycloak and open the desk in Vietnamese', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await visit(page, '01-home');

    await page.getByRole('button', { name: 'Đăng nhập cán bộ' }).first().click();
    await page.waitForURL((address) => address.href.startsWith(keycloak!.issuer));
    await page.locator('#username').waitFor();
    await screenshot(page, '02-keycloak-sign-in');
    await page.fill('#username', 'canbo.hacthanh');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('#kc-login');

    await page.waitForURL(url('/ban-lam-viec'));
    await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor();
    await page.getByText('Nguyễn Thị Lan').waitFor();
    for (const list of ['Hồ sơ quá hạn', 'Hồ sơ sắp đến hạn', 'Hồ sơ đang giải quyết']) {
      await page.getByRole('heading', { level: 2, name: list }).waitFor();
    }
    await page.getByText('Không có hồ sơ quá hạn.').waitFor();
    await visit(page, '03-desk');
  });

  it('should keep what the officer typed and say beside each wrong field what is wrong, in Vietnamese', async () => {
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Bình');
    await page.getByLabel('Số định danh cá nhân').fill('03809000');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Đề nghị chọn thủ tục hành chính.');
    expect(await page.locator('#receive-identityNumber-error').textContent()).toBe(
      'Số định danh cá nhân gồm đúng 12 chữ số.',
    );
    expect(await page.getByLabel('Số định danh cá nhân').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Văn Bình');
    expect(await page.getByLabel('Số định danh cá nhân').inputValue()).toBe('03809000');
    await visit(page, '04-receive-errors');
  });

  it('should receive the dossier and give its code, lookup secret and appointment', async () => {
    await page
      .getByLabel('Thủ tục hành chính')
      .selectOption({ label: 'Cấp Giấy xác nhận tình trạng hôn nhân' });
    await page.getByLabel('Số định danh cá nhân').fill('038090001234');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

    await page.getByRole('heading', { level: 1, name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    received.code = (await page.getByTestId('received-code').textContent()) ?? '';
    received.secret = (await page.getByTestId('received-secret').textContent()) ?? '';
    expect(received.code).toMatch(/^[A-Za-z0-9.-]{5,60}$/);
    expect(received.secret.length).toBeGreaterThan(5);
    await page.getByText('Phường Hạc Thành').waitFor();
    await visit(page, '05-received');
  });

  it('should show the new dossier on the desk once the deadline service has opened its clock', async () => {
    await page.getByRole('link', { name: 'Về Bàn làm việc' }).click();
    const open = page.locator('.deadline-open');
    await eventually(
      async () => {
        await page.getByRole('button', { name: 'Làm mới' }).click();
        return (await open.getByText(received.code).count()) > 0 ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, description: 'the dossier on the desk' },
    );
    expect(await open.textContent()).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    await visit(page, '06-desk-with-dossier');

    await page.setViewportSize(PHONE);
    await visit(page, '07-desk-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('should switch the console to English and back, and sign out', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await visit(page, '08-desk-english');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    // Keycloak ends its session and sends the browser back to the home page (with its state).
    await page.waitForURL((address) => address.origin === url('') && address.pathname === '/');
    await page.getByRole('button', { name: 'Đăng nhập cán bộ' }).first().waitFor();
    expect(await page.getByText('Nguyễn Thị Lan').count()).toBe(0);
    // The provider's session ended too: the desk asks for the password again.
    await page.goto(url('/ban-lam-viec'));
    await page.locator('#password').waitFor();
    expect(page.url().startsWith(keycloak!.issuer)).toBe(true);
  });

  it('should let a citizen without an account look the dossier up by its code and secret', async () => {
    const citizen = await newContext(PHONE);
    const phone = await citizen.newPage();
    await phone.goto(url('/tra-cuu'));
    await phone.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
    await phone.getByLabel('Mã hồ sơ').fill(received.code);
    await phone.getByLabel('Mã tra cứu').fill('SAI-MA-TRA-CUU');
    await phone.getByRole('button', { name: 'Tra cứu' }).click();
    await phone.getByText('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.').waitFor();
    expect(await phone.getByLabel('Mã hồ sơ').inputValue()).toBe(received.code);
    await visit(phone, '09-lookup-not-found-phone');

    await phone.getByLabel('Mã tra cứu').fill(received.secret);
    await phone.getByRole('button', { name: 'Tra cứu' }).click();
    const result = phone.locator('.result');
    await result.getByText('Được tiếp nhận').waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(text).toContain('Phường Hạc Thành');
    expect(text).not.toContain('Nguyễn Văn Bình');
    await visit(phone, '10-lookup-found-phone');
    await citizen.close();
  });
});
