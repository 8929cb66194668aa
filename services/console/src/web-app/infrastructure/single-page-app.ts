import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Where `npm run build` puts the app: dist/services/console/web, beside the compiled server. */
export function staticDirectory(configured: string): string {
  return configured ? resolve(configured) : join(__dirname, '..', '..', '..', 'web');
}

export function appIsBuilt(directory: string): boolean {
  return existsSync(join(directory, 'index.html'));
}

/** Paths the server answers itself; every other GET is a page of the app. */
const SERVER_PATHS = /^\/(api|health|reference|config\.json)(\/|$)/;

/**
 * The built files (hashed assets cached for a year, index.html never cached, so a new
 * release is picked up at the next load), and index.html for the app's own paths.
 */
export function singlePageApp(directory: string): RequestHandler[] {
  const files = express.static(directory, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'cache-control',
        path.includes(`${join(directory, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const page = (request: Request, response: Response, next: NextFunction): void => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      SERVER_PATHS.test(request.path)
    ) {
      next();
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(join(directory, 'index.html'));
  };
  return [files, page];
}
