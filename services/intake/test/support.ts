import { binaryParser, extractPdfText, serviceStarter } from '@libs/testing';

import { IntakeEnvironment } from '../src/config/intake.environment';
import { IntakeModule } from '../src/intake.module';

/** The text of a PDF, NFC, with whitespace collapsed so line wrapping does not matter. */
export const pdfText = (pdf: Buffer): string => extractPdfText(pdf).text;

/** supertest's parser for application/pdf answers: the body as one Buffer. */
export const binary = binaryParser;

/** Starts intake as main.ts does, on the run's own database and topics. */
export const startIntake = serviceStarter('intake', IntakeEnvironment, IntakeModule);

/**
 * The form an officer sends to receive a dossier at Phường Hạc Thành's counter: a signature
 * certification unless `form` names another procedure (or channel, or more details).
 */
export const deskDossierForm = (
  applicant: Record<string, unknown>,
  form: Record<string, unknown> = {},
) => ({
  communeCode: '14797',
  procedureKey: 'signature-certification',
  channel: 'counter',
  applicant,
  ...form,
});
