import { execFileSync } from 'node:child_process';
import { REPOSITORY_ROOT } from '@libs/testing';
import type { Response } from 'supertest';

/**
 * pdf-parse (pdf.js) loads its worker with a dynamic import(), which jest's CommonJS runtime
 * refuses; a plain Node child process has no such limit (as in libs/documents' specs).
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

/** NFC plus collapsed whitespace: line wrapping and column gaps must not matter. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function pdfText(pdf: Buffer): { text: string; pages: string[] } {
  const output = execFileSync(process.execPath, ['-e', EXTRACT_SCRIPT], {
    input: pdf,
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
  });
  const pages = JSON.parse(output) as string[];
  return { text: normalize(pages.join('\n')), pages };
}

/** Collects a supertest binary body into a Buffer (supertest hands the raw stream in). */
export function binaryParser(
  response: Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
