import { TOPIC_CATALOGUE } from '@libs/contracts';
import { deadLetterTopicFor, ensureTopics } from '@libs/messaging';
import { REPOSITORY_ROOT } from '@libs/testing';
import { Kafka, logLevel } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { Test } from 'supertest';

/** An instant written as Vietnam wall-clock time. */
export const vn = (local: string): Date => new Date(`${local}+07:00`);

/**
 * pdf-parse (pdf.js) loads its worker with a dynamic import(), which jest's CommonJS runtime
 * refuses; a plain Node child process extracts the text instead.
 */
const EXTRACT_SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((page) => page.text)));
});
`;

/** The text of a PDF, NFC, with whitespace collapsed so line wrapping does not matter. */
export function pdfText(pdf: Buffer): string {
  const output = execFileSync(process.execPath, ['-e', EXTRACT_SCRIPT], {
    input: pdf,
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
  });
  return (JSON.parse(output) as string[]).join('\n').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** supertest's parser for application/pdf answers: the body as one Buffer. */
export const binary: Parameters<Test['parse']>[0] = (response, callback) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
};

/**
 * Creates the run's topics before the service starts, as a deployment does. (The service
 * kit starts consumers before its own topic provisioning runs; see the report to the lead.)
 */
export async function provisionTopics(
  brokers: string[],
  prefix: string,
  groupId: string,
): Promise<void> {
  const admin = new Kafka({ clientId: 'test-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await ensureTopics(
      admin,
      [...TOPIC_CATALOGUE.map((topic) => topic.name), deadLetterTopicFor(groupId)].map(
        (name) => `${prefix}${name}`,
      ),
      { partitions: 3, replicationFactor: 1 },
    );
  } finally {
    await admin.disconnect();
  }
}
