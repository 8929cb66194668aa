import { stopLocalInfrastructure } from './infrastructure';

export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__TEST_CONTAINERS__ ?? []).map((container) => container.stop()));
  if (globalThis.__TEST_LOCAL_INFRA_STARTED__) {
    stopLocalInfrastructure();
  }
}
