import { spawnSync } from 'node:child_process';

import { stopLocalInfrastructure } from './infrastructure';

export default async function globalTeardown(): Promise<void> {
  const leftover = killLeftoverServiceProcesses();
  await Promise.all((globalThis.__TEST_CONTAINERS__ ?? []).map((container) => container.stop()));
  if (globalThis.__TEST_LOCAL_INFRA_STARTED__) {
    stopLocalInfrastructure();
  }
  if (leftover.length > 0) {
    // A test started these and never stopped them. Their pipes would keep jest running until CI's
    // time ran out; killed here, the leak fails the run instead.
    throw new Error(
      `A test left ${leftover.length} service processes running:\n${leftover.join('\n')}`,
    );
  }
}

/** Kills the service processes (node with the path hook) still running under this jest process. */
function killLeftoverServiceProcesses(): string[] {
  const listed = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], {
    encoding: 'utf8',
  });
  const leftover = (listed.stdout ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes('register-paths.js'));
  for (const line of leftover) {
    process.kill(Number(line.split(/\s+/, 1)[0]), 'SIGKILL');
  }
  return leftover;
}
