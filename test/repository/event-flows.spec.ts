import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as contracts from '@libs/contracts';
import {
  collectEventFlows,
  EVENT_CATALOGUE,
  eventConstantName,
  flowProblems,
  readServiceSources,
  renderEventFlows,
  SERVICE_SUBSCRIPTIONS,
} from '@libs/contracts';

const ROOT = join(__dirname, '..', '..');

describe('event flows (docs/event-flows.md)', () => {
  const flows = collectEventFlows(readServiceSources(ROOT));

  it('should find each catalogued event under the constant name the map looks for', () => {
    for (const definition of EVENT_CATALOGUE) {
      expect(contracts[eventConstantName(definition) as keyof typeof contracts]).toBe(definition);
    }
  });

  it('should match the committed map, so the map cannot drift from the code (npm run flows)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'event-flows.md'), 'utf8');
    expect(renderEventFlows(flows)).toBe(committed);
  });

  it('should publish every catalogued event from its producer and consume it, or mark it for other agencies', () => {
    expect(flowProblems(flows)).toEqual([]);
  });

  it('should follow a birth from intake to the congratulation letter', () => {
    const birth = flows.find((flow) => flow.definition.type === 'birth.registered.v1');
    expect(birth?.publishedIn.length).toBeGreaterThan(0);
    expect(birth?.consumers.map((consumer) => consumer.service)).toContain('correspondence');
  });

  it('should grant each service read access to exactly the topics its handlers consume', () => {
    const consumed: Record<string, Set<string>> = {};
    for (const flow of flows) {
      for (const { service } of flow.consumers) {
        (consumed[service] ??= new Set()).add(flow.definition.topic);
      }
    }
    for (const [service, topics] of Object.entries(SERVICE_SUBSCRIPTIONS)) {
      expect({ service, topics: [...topics].sort() }).toEqual({
        service,
        topics: [...(consumed[service] ?? [])].sort(),
      });
    }
  });
});
