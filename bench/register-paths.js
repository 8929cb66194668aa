// Resolves the `@libs/<name>` aliases of the compiled benchmark (dist/bench/) at run time: the
// benchmark compiles its own copy of the libraries it uses, libs/testing included (which the
// services' build leaves out), so it does not depend on deploy/runtime/register-paths.js's tree.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

tsconfigPaths.register({
  baseUrl: path.resolve(__dirname, '..', 'dist', 'bench'),
  paths: { '@libs/*': ['libs/*/src'] },
});
