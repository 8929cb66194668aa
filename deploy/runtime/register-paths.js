// Resolves the `@libs/<name>` aliases of the compiled tree (dist/) at run time.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

tsconfigPaths.register({
  baseUrl: path.resolve(__dirname, '..', '..', 'dist'),
  paths: { '@libs/*': ['libs/*/src'] },
});
