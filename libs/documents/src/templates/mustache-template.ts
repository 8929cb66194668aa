import Mustache from 'mustache';

import { toNfc } from '../text/normalize-text';

export type TemplateValidation = { ok: true } | { ok: false; errors: string[] };

/** Thrown by renderTemplate when the template or the values do not pass validation. */
export class TemplateRenderError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`Template cannot be rendered: ${errors.join('; ')}`);
    this.name = 'TemplateRenderError';
  }
}

/**
 * Placeholder names are plain identifiers: Mustache resolves `a.b` by walking into objects and
 * `.` as the whole view, neither of which means anything for a flat map of strings.
 */
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Only the names of the tags we refuse; 'text', 'name' and comments are what remains. */
const REFUSED_TAGS: Readonly<Record<string, string>> = {
  // Sections turn a letter into a program: a blank or missing value silently drops a sentence,
  // and a function-valued view would be called. Official wording must be visible as written.
  '#': 'section',
  '^': 'inverted section',
  // Partials pull in other templates by name, so what gets printed is not what was reviewed.
  '>': 'partial',
  // Output is plain text, so {{x}} is already verbatim; the unescaped forms would only matter
  // (as an HTML-injection hole) if a template were ever reused for HTML.
  '&': 'unescaped tag',
  // Changing delimiters mid-template makes tags hard to spot for a person reviewing the text.
  '=': 'delimiter change',
};

type Token = [string, string, number, number, ...unknown[]];

/** 1-based line and column of a character offset, for messages a clerk can act on. */
function position(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeSyntaxError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // mustache.js reports a character offset ("Unclosed tag at 42"); add line and column.
  const match = / at (\d+)$/.exec(message);
  if (match === null) {
    return `Syntax error: ${message}`;
  }
  const text = message.slice(0, match.index);
  return `Syntax error: ${text} at ${position(source, Number(match[1]))}`;
}

function tagSpelling(source: string, token: Token): string {
  return source.slice(token[2], token[3]);
}

function collectErrors(
  source: string,
  tokens: readonly Token[],
  allowed: ReadonlySet<string>,
  errors: string[],
  unknownLabel: string,
): void {
  for (const token of tokens) {
    const [type, value, start] = token;
    const where = position(source, start);
    if (type === 'text' || type === '!') {
      continue;
    }
    const refused = REFUSED_TAGS[type];
    if (refused !== undefined) {
      errors.push(`Refused ${refused} "${tagSpelling(source, token)}" at ${where}`);
    } else if (type !== 'name') {
      errors.push(`Refused tag "${tagSpelling(source, token)}" at ${where}`);
    } else if (!PLACEHOLDER_NAME.test(value)) {
      errors.push(`Invalid placeholder name "${value}" at ${where}`);
    } else if (!allowed.has(value)) {
      errors.push(`${unknownLabel} "${value}" at ${where}`);
    }
    // Sections are refused, but names inside them are still reported so one pass shows all.
    const children = token[4];
    if (Array.isArray(children)) {
      collectErrors(source, children as Token[], allowed, errors, unknownLabel);
    }
  }
}

function parse(source: string): { tokens: Token[] } | { error: string } {
  try {
    // Explicit default tags, so a global Mustache.tags change elsewhere cannot affect us.
    return { tokens: Mustache.parse(source, ['{{', '}}']) };
  } catch (error) {
    return { error: describeSyntaxError(source, error) };
  }
}

/**
 * Checks a template before it is stored: it must parse, and use only `{{name}}` tags whose names
 * are in `allowedPlaceholders` (plus `{{! comments }}`).
 */
export function validateTemplate(
  source: string,
  allowedPlaceholders: readonly string[],
): TemplateValidation {
  return check(source, allowedPlaceholders, 'Unknown placeholder');
}

function check(
  source: string,
  allowedPlaceholders: readonly string[],
  unknownLabel: string,
): TemplateValidation {
  const parsed = parse(source);
  if ('error' in parsed) {
    return { ok: false, errors: [parsed.error] };
  }
  const errors: string[] = [];
  collectErrors(source, parsed.tokens, new Set(allowedPlaceholders), errors, unknownLabel);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** Names of the `{{name}}` placeholders a valid template uses, in order of first use. */
export function templatePlaceholders(source: string): string[] {
  const parsed = parse(source);
  if ('error' in parsed) {
    throw new TemplateRenderError([parsed.error]);
  }
  const names = parsed.tokens.filter((token) => token[0] === 'name').map((token) => token[1]);
  return [...new Set(names)];
}

/**
 * Renders a template to plain text. Values are inserted verbatim (no HTML escaping: the output
 * is plain text) and are never parsed as template text, so a value such as "{{x}}" stays
 * literal. Every placeholder must have a value: a blank in an official letter is a bug.
 */
export function renderTemplate(source: string, values: Readonly<Record<string, string>>): string {
  // Own keys only, on a prototype-less view, so {{constructor}} and friends resolve to nothing.
  const view: Record<string, string> = Object.create(null) as Record<string, string>;
  const badValues: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      view[key] = value;
    } else {
      // Guards JavaScript callers: a function value would be called by Mustache.
      badValues.push(`Value of "${key}" is not a string`);
    }
  }
  if (badValues.length > 0) {
    throw new TemplateRenderError(badValues);
  }
  const validation = check(source, Object.keys(view), 'No value for placeholder');
  if (!validation.ok) {
    throw new TemplateRenderError(validation.errors);
  }
  const rendered = Mustache.render(source, view, undefined, {
    tags: ['{{', '}}'],
    escape: (value: unknown) => String(value),
  });
  return toNfc(rendered);
}
