/** What the console reads from an access token: display and navigation only, never access. */
export interface Officer {
  name: string;
  roles: string[];
  communes: string[];
  province?: string;
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The officer a token names. The services verify the token on every call; the console only
 * chooses which pages to offer and which commune to show.
 */
export function officerOf(accessToken: string): Officer {
  const payload = accessToken.split('.')[1];
  const claims = payload ? decodeSegment(payload) : {};
  const record = (typeof claims === 'object' && claims !== null ? claims : {}) as Record<
    string,
    unknown
  >;
  const name =
    typeof record.name === 'string'
      ? record.name
      : typeof record.preferred_username === 'string'
        ? record.preferred_username
        : '';
  return {
    name: name.normalize('NFC'),
    roles: strings(record.roles),
    communes: strings(record.communes),
    ...(typeof record.province === 'string' ? { province: record.province } : {}),
  };
}

export const DESK_ROLES = ['officer', 'leader'] as const;

export function worksAtDesk(officer: Officer): boolean {
  return officer.roles.some((role) => (DESK_ROLES as readonly string[]).includes(role));
}

/** Leaders approve and sign the commune's letters; officers only draft and send them. */
export function leads(officer: Officer): boolean {
  return officer.roles.includes('leader');
}

/** Province staff read every commune's figures of their province and change nothing. */
export function overseesProvince(officer: Officer): boolean {
  return officer.roles.includes('province') && officer.province !== undefined;
}

/** Where a user lands after signing in: the page of their day. */
export function homeOf(officer: Officer): string {
  if (worksAtDesk(officer)) {
    return '/ban-lam-viec';
  }
  return overseesProvince(officer) ? '/tinh/xa-phuong' : '/';
}
