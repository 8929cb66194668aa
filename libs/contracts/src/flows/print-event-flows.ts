import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { collectEventFlows, flowProblems, renderEventFlows } from './event-flows';
import { readServiceSources } from './read-service-sources';

// npm run flows: writes docs/event-flows.md from the code, run from the repository root.
const root = process.cwd();
const flows = collectEventFlows(readServiceSources(root));
writeFileSync(join(root, 'docs', 'event-flows.md'), renderEventFlows(flows));
for (const problem of flowProblems(flows)) {
  process.stderr.write(`event flows: ${problem}\n`);
}
