import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

import { renderOfficialDocumentPdf } from '@libs/documents';

import { CorrespondenceEnvironment } from '../../config/correspondence.environment';
import { emailBody, emailSubject, pdfFileName } from '../../letters/domain/letter-renditions';
import { DeliveryChannel, DeliveryReceipt, OutgoingLetter } from '../domain/delivery-channel';

/** SMTP connection settings from an smtp:// or smtps:// URL (user and password URL-encoded). */
function smtpOptions(url: string): {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
} {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username
      ? {
          auth: {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          },
        }
      : {}),
  };
}

/** The whole letter by e-mail: the text in the body and the printable PDF attached. */
@Injectable()
export class EmailChannel implements DeliveryChannel, OnApplicationShutdown {
  readonly name = 'email' as const;
  private readonly transport: Transporter | undefined;
  private readonly from: string;

  constructor(environment: CorrespondenceEnvironment) {
    this.from = environment.MAIL_FROM;
    this.transport = environment.SMTP_URL
      ? createTransport({
          ...smtpOptions(environment.SMTP_URL),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : undefined;
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  async deliver(letters: readonly OutgoingLetter[]): Promise<DeliveryReceipt> {
    const [outgoing] = letters;
    if (!this.transport || !outgoing || letters.length !== 1) {
      throw new Error('The e-mail channel sends exactly one letter and needs SMTP_URL');
    }
    const { letter, document } = outgoing;
    if (!letter.recipientEmail) {
      throw new Error(`Letter ${letter.id} has no e-mail address`);
    }
    const pdf = await renderOfficialDocumentPdf(document, { creationDate: letter.createdAt });
    const info = (await this.transport.sendMail({
      from: this.from,
      to: letter.recipientEmail,
      subject: emailSubject(letter),
      text: emailBody(letter),
      attachments: [
        { filename: pdfFileName(letter), content: pdf, contentType: 'application/pdf' },
      ],
      headers: { 'X-Letter-Id': letter.id },
    })) as { messageId?: string };
    return info.messageId ? { reference: info.messageId } : {};
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
