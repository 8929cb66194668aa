// One runner for the whole repository. Type checking runs separately (`npm run typecheck`),
// so specs are only transpiled here, by swc (several times faster than ts-jest), with the
// decorator semantics tsc uses for the build: legacy decorators with their metadata, which
// NestJS injection and class-validator read.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const transform = { '^.+\\.ts$': ['@swc/jest', swc] };
const moduleNameMapper = { '^@libs/([^/]+)$': '<rootDir>/libs/$1/src' };
const common = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper };

/** @type {import('jest').Config} */
module.exports = {
  // Integration suites start and stop real consumers; their hooks need more than 5 s.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{services,libs,test,deploy}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{services,libs,test}/**/*.{int-spec,e2e-spec}.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
