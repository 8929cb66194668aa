import { binaryParser, extractPdfText, provisionRunTopics } from '@libs/testing';

/** An instant written as Vietnam wall-clock time. */
export const vn = (local: string): Date => new Date(`${local}+07:00`);

/** The text of a PDF, NFC, with whitespace collapsed so line wrapping does not matter. */
export const pdfText = (pdf: Buffer): string => extractPdfText(pdf).text;

/** supertest's parser for application/pdf answers: the body as one Buffer. */
export const binary = binaryParser;

export const provisionTopics = provisionRunTopics;
