import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';

import { vietnamCalendarDate } from '@libs/clock';
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
const HAC_THANH = '14797';

/**
 * The console in a real browser (Debian's chromium through playwright-core) against the real
 * services, broker, store and Keycloak sign-in: an officer of Phường Hạc Thành signs in, sees
 * the desk, receives a dossier after correcting a mistake, finds it on the desk; a citizen
 * without an account looks it up; a birth registered through intake's API has correspondence
 * draft a congratulation letter, which the commune's leader previews as a PDF and approves.
 * Every page is checked with axe-core and photographed
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
  const drafted = { letterId: '', recipientName: '' };

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
    // Approving letters is the leader's: an officer is not offered the page.
    expect(await page.getByRole('link', { name: 'Thư chờ ký duyệt' }).count()).toBe(0);
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

  it('should have correspondence draft a congratulation letter for a birth registered at intake', async () => {
    const officerBearer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    const registered = await fetch(services!.url('intake', '/v1/birth-registrations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: officerBearer },
      body: JSON.stringify({
        communeCode: HAC_THANH,
        child: {
          fullName: 'Đặng Minh Khôi',
          dateOfBirth: vietnamCalendarDate(new Date(Date.now() - 3 * 86_400_000)),
          sex: 'male',
        },
        father: { fullName: 'Đặng Quốc Huy' },
        mother: { fullName: 'Vũ Thị Mai' },
        address: { line: 'Số 12, đường Trần Phú' },
      }),
    });
    expect(registered.status).toBe(201);
    const { registrationId } = (await registered.json()) as { registrationId: string };

    const letter = await eventually(
      async () => {
        const found = await fetch(
          services!.url('correspondence', `/v1/letters?subjectKey=birth:${registrationId}`),
          { headers: { authorization: officerBearer } },
        );
        const letters = (await found.json()) as {
          letterId: string;
          recipientName: string;
          status: string;
        }[];
        return letters[0];
      },
      { timeoutMs: 30_000, intervalMs: 500, description: 'the congratulation letter' },
    );
    expect(letter.status).toBe('draft');
    expect(letter.recipientName).toContain('Đặng Quốc Huy');
    expect(letter.recipientName).toContain('Vũ Thị Mai');
    drafted.letterId = letter.letterId;
    drafted.recipientName = letter.recipientName;
  });

  it('should show the leader the letter awaiting approval, with its PDF, and approve it', async () => {
    const leaderContext = await newContext(DESKTOP);
    const leader = await leaderContext.newPage();
    await leader.goto(url('/lanh-dao/thu-cho-ky-duyet'));
    await leader.locator('#username').waitFor();
    await leader.fill('#username', 'lanhdao.hacthanh');
    await leader.fill('#password', DEMO_PASSWORD);
    await leader.click('#kc-login');

    await leader.waitForURL(url('/lanh-dao/thu-cho-ky-duyet'));
    await leader.getByRole('heading', { level: 1, name: 'Thư chờ ký duyệt' }).waitFor();
    await leader.getByText('Lê Văn Hùng').waitFor();
    await leader.getByRole('link', { name: 'Thư chờ ký duyệt' }).waitFor();
    const row = leader.getByRole('row').filter({ hasText: drafted.recipientName });
    await row.waitFor();
    expect(await row.textContent()).toContain('Thư chúc mừng khai sinh');
    await visit(leader, '11-letters-to-approve');

    // The PDF comes through the gateway with the leader's token and shows from an object URL.
    const pdfResponse = leader.waitForResponse((response) =>
      response.url().endsWith(`/api/correspondence/v1/letters/${drafted.letterId}/pdf`),
    );
    await row.getByRole('button', { name: `Xem thư gửi ${drafted.recipientName}` }).click();
    const pdf = await pdfResponse;
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect(pdf.request().headers().authorization).toMatch(/^Bearer ./);
    // Playwright keeps no body of a response the page read as a Blob: its length stands for it.
    expect(Number(pdf.headers()['content-length'])).toBeGreaterThan(1000);
    const frame = leader.locator(`iframe[title="Bản PDF thư gửi ${drafted.recipientName}"]`);
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:http:\/\/127\.0\.0\.1:3000\//);
    const heading = leader.getByRole('heading', {
      level: 2,
      name: `Xem trước thư gửi ${drafted.recipientName}`,
    });
    // Keyboard and screen-reader users land on the opened letter.
    await heading.waitFor();
    expect(await leader.evaluate('document.activeElement?.id')).toBe('letter-preview-title');
    await visit(leader, '12-letter-preview');

    // By keyboard, as a leader without a mouse would.
    await leader.getByRole('button', { name: 'Ký duyệt thư' }).focus();
    await leader.keyboard.press('Enter');
    await leader
      .getByTestId('approval-notice')
      .getByText(`Đã ký duyệt thư gửi ${drafted.recipientName}.`)
      .waitFor();
    await leader.getByText('Không có thư chờ ký duyệt.').waitFor();
    expect(await frame.count()).toBe(0);
    await visit(leader, '13-letter-approved');

    const approved = await fetch(
      services!.url('correspondence', `/v1/letters/${drafted.letterId}`),
      {
        headers: {
          authorization: await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] }),
        },
      },
    );
    const body = (await approved.json()) as { status: string; times: { approvedAt?: string } };
    expect(body.status).not.toBe('draft');
    expect(body.times.approvedAt).toBeDefined();
    await leaderContext.close();
  });
});
