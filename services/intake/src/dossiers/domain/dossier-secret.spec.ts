import { randomBytes, scrypt } from 'node:crypto';

import {
  canonicalSecret,
  generateLookupSecret,
  hashLookupSecret,
  verifyLookupSecret,
} from './dossier-secret';

describe('lookup secret', () => {
  it('should print in two groups of five unambiguous characters', () => {
    const secret = generateLookupSecret();

    expect(secret).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(generateLookupSecret()).not.toBe(secret);
  });

  it('should verify the secret however the citizen typed it, and refuse another', async () => {
    const secret = 'K7Q2M-9XH4D';
    const stored = await hashLookupSecret(secret);

    expect(stored.hash).not.toContain('K7Q2M');
    expect(await verifyLookupSecret('k7q2m 9xh4d', stored)).toBe(true);
    expect(await verifyLookupSecret('K7Q2M-9XH4E', stored)).toBe(false);
    expect(canonicalSecret(' k7q2m-9xh4d ')).toBe('K7Q2M9XH4D');
  });

  it('should still verify a hash stored before the cost was recorded', async () => {
    const secret = 'K7Q2M-9XH4D';
    const salt = randomBytes(16);
    const legacy = await new Promise<Buffer>((resolve, reject) =>
      scrypt(canonicalSecret(secret), salt, 32, (error, key) =>
        error ? reject(error) : resolve(key),
      ),
    );
    const stored = { salt: salt.toString('base64'), hash: legacy.toString('base64') };

    expect(await verifyLookupSecret(secret, stored)).toBe(true);
    expect(await verifyLookupSecret('K7Q2M-9XH4E', stored)).toBe(false);
  });
});
