import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { ServiceSource } from './event-flows';

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every production source file of every service under `<root>/services/<name>/src`. */
export function readServiceSources(root: string): ServiceSource[] {
  const servicesDirectory = join(root, 'services');
  return readdirSync(servicesDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      walk(join(servicesDirectory, entry.name, 'src'))
        .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'))
        .sort()
        .map((path) => ({
          service: entry.name,
          path: relative(root, path).split(sep).join('/'),
          text: readFileSync(path, 'utf8'),
        })),
    );
}
