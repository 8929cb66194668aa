// Resolves the `@libs/<name>` aliases of the compiled fault suite (dist/faults/): the suite
// compiles its own copy of the libraries it uses, libs/testing included (which the services'
// build leaves out), as the benchmark does (bench/register-paths.js).
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

tsconfigPaths.register({
  baseUrl: path.resolve(__dirname, '..', '..', 'dist', 'faults'),
  paths: { '@libs/*': ['libs/*/src'] },
});
