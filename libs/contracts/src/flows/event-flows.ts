import { EVENT_CATALOGUE } from '../events/event-catalogue';
import { EventDefinition } from '../events/event-definition';

/** One source file of a service, as the flow map reads it. */
export interface ServiceSource {
  service: string;
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface EventFlow {
  definition: EventDefinition;
  /** Files of the declared producer that name the event outside a consumer decorator. */
  publishedIn: string[];
  consumers: { service: string; path: string }[];
}

const CONSUMER_DECORATOR = /@EventPattern\(\s*([A-Z0-9_]+)\.type\s*\)/g;
const IMPORTS = /^import\s[^;]*;/gm;

/**
 * The constant a definition is exported as, by the catalogue's naming rule:
 * `dossier.result-returned` version 1 is `DOSSIER_RESULT_RETURNED_V1`.
 */
export function eventConstantName(definition: EventDefinition): string {
  return `${definition.name.replace(/[.-]/g, '_').toUpperCase()}_V${definition.version}`;
}

/**
 * Who publishes and who consumes each catalogued event, read from the services' code: a
 * consumer is an `@EventPattern(X.type)` handler; a producer is the service the catalogue names,
 * shown publishing only if its code names the event outside a handler. Reading the code, not a
 * hand-kept table, is what keeps the map true.
 */
export function collectEventFlows(sources: readonly ServiceSource[]): EventFlow[] {
  return EVENT_CATALOGUE.map((definition) => {
    const constant = eventConstantName(definition);
    const mention = new RegExp(`\\b${constant}\\b`);
    const consumers: EventFlow['consumers'] = [];
    const publishedIn: string[] = [];
    for (const source of sources) {
      const handled = [...source.text.matchAll(CONSUMER_DECORATOR)].some(
        (match) => match[1] === constant,
      );
      if (handled) {
        consumers.push({ service: source.service, path: source.path });
      }
      const code = source.text.replace(IMPORTS, '').replace(CONSUMER_DECORATOR, '');
      if (source.service === definition.producer && mention.test(code)) {
        publishedIn.push(source.path);
      }
    }
    return { definition, publishedIn, consumers };
  });
}

/** The flows that break the rules: a silent producer, or an event nobody inside consumes. */
export function flowProblems(flows: readonly EventFlow[]): string[] {
  const problems: string[] = [];
  for (const { definition, publishedIn, consumers } of flows) {
    if (publishedIn.length === 0) {
      problems.push(`${definition.type}: ${definition.producer} never publishes it`);
    }
    if (consumers.length === 0 && !definition.publishedFor) {
      problems.push(
        `${definition.type}: no service consumes it and it is not marked as published for other agencies`,
      );
    }
  }
  return problems;
}

function mermaidId(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '_');
}

/** docs/event-flows.md: a diagram and a table per topic, generated (`npm run flows`). */
export function renderEventFlows(flows: readonly EventFlow[]): string {
  const lines: string[] = [
    '# Event flows: producer → topic → consumer',
    '',
    'Generated from the code by `npm run flows` (libs/contracts/src/flows); a test fails when this',
    'file differs from the code. Producers are declared in the event catalogue and shown with the',
    'files that publish; consumers are the `@EventPattern` handlers of each service.',
    '',
    '```mermaid',
    'flowchart LR',
  ];
  const edges = new Set<string>();
  for (const { definition, consumers } of flows) {
    const topic = mermaidId(definition.topic);
    edges.add(`  ${topic}[(${definition.topic})]`);
    edges.add(`  ${definition.producer} -->|${definition.name}| ${topic}`);
    for (const consumer of consumers) {
      edges.add(`  ${topic} -->|${definition.name}| ${consumer.service}`);
    }
    if (definition.publishedFor) {
      edges.add(`  ${topic} -.-> agencies([other agencies])`);
    }
  }
  lines.push(...edges, '```', '');
  const topics = [...new Set(flows.map((flow) => flow.definition.topic))];
  for (const topic of topics) {
    lines.push(`## ${topic}`, '', '| event | producer | consumers |', '| --- | --- | --- |');
    for (const { definition, publishedIn, consumers } of flows.filter(
      (flow) => flow.definition.topic === topic,
    )) {
      const producer = `${definition.producer} (${publishedIn.map((path) => `\`${path}\``).join(', ') || 'never published'})`;
      const consumed = consumers.map((one) => `${one.service} (\`${one.path}\`)`);
      if (definition.publishedFor) {
        consumed.push(`other agencies: ${definition.publishedFor}`);
      }
      lines.push(
        `| \`${definition.type}\` | ${producer} | ${consumed.join('<br>') || '**none**'} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
