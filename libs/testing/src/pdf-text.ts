import { execFileSync } from 'node:child_process';
import type { Test } from 'supertest';

import { REPOSITORY_ROOT } from './infrastructure';

/**
 * pdf-parse (pdf.js) loads its worker with a dynamic import(), which jest's CommonJS runtime
 * refuses without --experimental-vm-modules; a plain Node child process has no such limit.
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
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The text of a PDF: all pages normalized as one string, and each page as extracted. */
export function extractPdfText(pdf: Buffer): { text: string; pages: string[] } {
  const output = execFileSync(process.execPath, ['-e', EXTRACT_SCRIPT], {
    input: pdf,
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
  });
  const pages = JSON.parse(output) as string[];
  return { text: normalizeText(pages.join('\n')), pages };
}

/** supertest's parser for binary answers (PDF, ZIP): the body as one Buffer. */
export const binaryParser: Parameters<Test['parse']>[0] = (response, callback) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
};

/**
 * A PDF's text as poppler's pdftotext prints it, NFC, pages split by form feeds: `raw` keeps
 * content-stream order (a table cell's lines stay together), `layout` keeps columns side by side.
 */
export function pdftotext(pdf: Buffer, mode: 'raw' | 'layout' = 'raw'): string {
  return execFileSync('pdftotext', [`-${mode}`, '-', '-'], { input: pdf })
    .toString('utf8')
    .normalize('NFC');
}
