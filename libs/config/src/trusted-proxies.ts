import { isIP } from 'node:net';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Express's names for address ranges (proxy-addr): 127/8 and ::1, 169.254/16 and fe80::/10, private ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One TRUSTED_PROXIES entry: a range name, an IP address, or an address with a prefix length. */
export function isTrustedProxy(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) {
    return true;
  }
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** Every entry of the (split) list is a trusted-proxy entry. */
export function IsTrustedProxyList(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTrustedProxyList',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          'TRUSTED_PROXIES must list IP addresses, CIDR ranges or loopback, linklocal, uniquelocal',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.every((entry) => typeof entry === 'string' && isTrustedProxy(entry)),
      },
    });
}
