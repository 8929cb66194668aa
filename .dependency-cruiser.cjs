/**
 * Layer and module rules (npm run lint). Inside a feature folder of a service:
 *   api → application → domain ← infrastructure, with dto at the edge (api only).
 * Services never import each other; libs never import services; nothing imports in a circle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const FEATURE = '^services/[^/]+/src/[^/]+';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports makes load order and ownership unclear.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entry points, specs and configs aside).',
      from: {
        orphan: true,
        pathNot: [
          '(^|/)[.][^/]+[.](?:js|cjs|mjs|ts|json)$',
          '[.]d[.]ts$',
          '[.](?:spec|int-spec|e2e-spec)[.]ts$',
          '(^|/)main[.]ts$',
          '^(?:jest|eslint|commitlint)[.]config[.]',
          '^(?:bench|test)/',
          '/cli/',
          '/test/',
        ],
      },
      to: {},
    },
    {
      name: 'no-service-to-service',
      severity: 'error',
      comment: 'Services talk through events and HTTP, never through each other’s code.',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'no-lib-to-service',
      severity: 'error',
      comment: 'Shared plumbing knows no service.',
      from: { path: '^libs/' },
      to: { path: '^services/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain code depends only on domain code and framework-free libs.',
      from: { path: `${FEATURE}/domain/`, pathNot: '[.]spec[.]ts$' },
      to: {
        path: [
          `${FEATURE}/(?:api|application|infrastructure|dto)/`,
          '^node_modules/(?:@nestjs|mongoose|class-validator|class-transformer|kafkajs)/',
        ],
      },
    },
    {
      name: 'application-not-to-api-or-dto',
      severity: 'error',
      comment: 'Use cases do not know HTTP or message handlers, nor their request shapes.',
      from: { path: `${FEATURE}/application/` },
      to: { path: `${FEATURE}/(?:api|dto)/` },
    },
    {
      name: 'application-not-to-infrastructure',
      severity: 'error',
      comment: 'Use cases depend on ports (domain interfaces), not on their adapters.',
      from: { path: `${FEATURE}/application/` },
      to: { path: `${FEATURE}/infrastructure/` },
    },
    {
      name: 'api-not-to-infrastructure',
      severity: 'error',
      comment: 'Handlers call use cases, not repositories.',
      from: { path: `${FEATURE}/api/` },
      to: { path: `${FEATURE}/infrastructure/` },
    },
    {
      name: 'infrastructure-not-to-api-or-application',
      severity: 'error',
      comment: 'Adapters implement domain ports; they do not call use cases or handlers.',
      from: { path: `${FEATURE}/infrastructure/` },
      to: { path: `${FEATURE}/(?:api|application|dto)/` },
    },
    {
      name: 'dto-at-the-edge',
      severity: 'error',
      comment: 'Request and response shapes belong to the api layer.',
      from: { path: '^(?:services|libs)/', pathNot: `(?:${FEATURE}/(?:api|dto)/|[.]spec[.]ts$)` },
      to: { path: `${FEATURE}/dto/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|node_modules|[.]local)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
