import { createHash, randomBytes } from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * What a browser and a single-page application do together to sign in with OpenID Connect
 * (Authorization Code with PKCE S256), over plain HTTP: cookies kept per host, redirects
 * followed by hand so each step can be checked, the login page's form read as HTML.
 */

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface TokenSet {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
  token_type: string;
}

export interface LoginForm {
  action: string;
  fields: Record<string, string>;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint: string;
  jwks_uri: string;
}

const base64url = (bytes: Buffer): string => bytes.toString('base64url');

/** The first `<form>` holding a password input: its action and every named input's value. */
export function parseLoginForm(html: string): LoginForm | undefined {
  const forms: LoginForm[] = [];
  let current: (LoginForm & { hasPassword: boolean }) | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'form') {
          current = { action: attributes.action ?? '', fields: {}, hasPassword: false };
        } else if (current && name === 'input' && attributes.name) {
          current.fields[attributes.name] = attributes.value ?? '';
          current.hasPassword ||= attributes.type === 'password';
        }
      },
      onclosetag(name) {
        if (name === 'form' && current) {
          if (current.hasPassword) {
            forms.push({ action: current.action, fields: current.fields });
          }
          current = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return forms[0];
}

/** Text of the elements a Keycloak login page uses for its messages (errors, notices). */
export function pageText(html: string): string {
  const parts: string[] = [];
  const parser = new Parser({ ontext: (text) => parts.push(text) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return parts.join(' ').replace(/\s+/g, ' ').trim().normalize('NFC');
}

export class OidcBrowser {
  private readonly cookies = new Map<string, Map<string, string>>();
  private discovery: Discovery | undefined;

  constructor(private readonly settings: OidcClientSettings) {}

  async endpoints(): Promise<Discovery> {
    if (!this.discovery) {
      const response = await fetch(`${this.settings.issuer}/.well-known/openid-configuration`);
      if (!response.ok) {
        throw new Error(`OpenID configuration of ${this.settings.issuer}: HTTP ${response.status}`);
      }
      this.discovery = (await response.json()) as Discovery;
    }
    return this.discovery;
  }

  /** One request as the browser sends it: this host's cookies, no automatic redirect. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    const headers = new Headers(init.headers);
    if (jar.size > 0) {
      headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    headers.set('accept-language', 'vi');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = /max-age=0\b/i.test(line) || /expires=Thu, 01[- ]Jan[- ]1970/i.test(line);
      if (expired || value === '') {
        jar.delete(name);
      } else {
        jar.set(name, value);
      }
    }
    this.cookies.set(host, jar);
    return response;
  }

  /** A PKCE pair: a random verifier and its S256 challenge. */
  static pkce(): { verifier: string; challenge: string } {
    const verifier = base64url(randomBytes(32));
    return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
  }

  /** The authorization request the console sends the browser to. */
  async authorizationUrl(parameters: Record<string, string>): Promise<string> {
    const url = new URL((await this.endpoints()).authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: this.settings.redirectUri,
      ...parameters,
    }).toString();
    return url.toString();
  }

  /** Opens the login page (GET the authorization endpoint) and returns its form. */
  async openLoginPage(
    challenge: string,
    state: string,
  ): Promise<{ form: LoginForm; html: string }> {
    const response = await this.request(
      await this.authorizationUrl({
        state,
        nonce: base64url(randomBytes(16)),
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
    );
    const html = await response.text();
    const form = parseLoginForm(html);
    if (response.status !== 200 || !form) {
      throw new Error(`expected the login page, got HTTP ${response.status}: ${pageText(html)}`);
    }
    return { form, html };
  }

  /** Fills the login form and submits it as the browser does (form-urlencoded POST). */
  submitLogin(form: LoginForm, username: string, password: string): Promise<Response> {
    return this.request(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, username, password }).toString(),
    });
  }

  tokenRequest(parameters: Record<string, string>): Promise<Response> {
    return this.endpoints().then((endpoints) =>
      this.request(endpoints.token_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: this.settings.clientId, ...parameters }).toString(),
      }),
    );
  }

  /** The whole sign-in: login page, credentials, redirect back, code exchanged with the verifier. */
  async signIn(username: string, password: string): Promise<TokenSet> {
    const { verifier, challenge } = OidcBrowser.pkce();
    const state = base64url(randomBytes(16));
    const { form } = await this.openLoginPage(challenge, state);
    const answer = await this.submitLogin(form, username, password);
    const location = answer.headers.get('location');
    if (answer.status !== 302 || !location) {
      throw new Error(`sign-in of ${username} was not redirected: HTTP ${answer.status}`);
    }
    const callback = new URL(location);
    if (!location.startsWith(this.settings.redirectUri)) {
      throw new Error(`redirected to ${location}, not to the console`);
    }
    if (callback.searchParams.get('state') !== state) {
      throw new Error('the state came back changed');
    }
    const code = callback.searchParams.get('code');
    if (!code) {
      throw new Error(`no code in the redirect: ${location}`);
    }
    const exchanged = await this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.settings.redirectUri,
      code_verifier: verifier,
    });
    if (exchanged.status !== 200) {
      throw new Error(`code exchange: HTTP ${exchanged.status} ${await exchanged.text()}`);
    }
    return (await exchanged.json()) as TokenSet;
  }

  refresh(refreshToken: string): Promise<Response> {
    return this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** RP-initiated logout, as the browser follows the console's link to the provider. */
  async signOut(idToken: string): Promise<Response> {
    const url = new URL((await this.endpoints()).end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      id_token_hint: idToken,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
    }).toString();
    return this.request(url.toString());
  }
}

/** The claims of a JWT, unverified: for assertions only (services verify signatures). */
export function claimsOf(jwt: string): Record<string, unknown> {
  const [, payload = ''] = jwt.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
