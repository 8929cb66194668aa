// @ts-check
import { join } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The console's single-page app. `npm run build` writes it to dist/services/console/web,
 * where the console service serves it; `npx vite build --watch --config <this file>` rebuilds
 * it on every change while `npm run system` runs. JSX is compiled by Vite itself (oxc).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: join(import.meta.dirname, '..', '..', '..', 'dist', 'services', 'console', 'web'),
    emptyOutDir: true,
    sourcemap: true,
    // The console's Content-Security-Policy allows its own files only: nothing inline.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      // react-router marks its modules "use client" for server components; a browser bundle
      // has no such boundary, so the notice says nothing here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
});
