import { applyDecorators } from '@nestjs/common';
import { Matches, MaxLength } from 'class-validator';

const ATOM = '[A-Za-z0-9_%+-]+';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * An ordinary mailbox: a dot-atom local part of letters, digits and . _ % + - (no quoted
 * local part, so no spaces, quotes, CR or LF can ride along into a mail header), an "@"
 * and a domain name with a top-level domain. No display name, no IP address literal.
 */
export const MAILBOX_ADDRESS = new RegExp(
  `^(?=[^@]{1,64}@)${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$`,
);

export const MAILBOX_ADDRESS_MESSAGE =
  'Địa chỉ thư điện tử không hợp lệ: chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới và một ký tự @ (ví dụ: ten.ho@example.vn).';

/** An e-mail address a citizen gives as contact, validated as an ordinary mailbox. */
export const IsMailboxAddress = (): PropertyDecorator =>
  applyDecorators(
    MaxLength(254, { message: 'Địa chỉ thư điện tử không được dài quá 254 ký tự.' }),
    Matches(MAILBOX_ADDRESS, { message: MAILBOX_ADDRESS_MESSAGE }),
  );
