import {
  renderTemplate,
  templatePlaceholders,
  TemplateRenderError,
  validateTemplate,
} from './mustache-template';

function errorsOf(source: string, allowed: readonly string[]): string[] {
  const result = validateTemplate(source, allowed);
  return result.ok ? [] : result.errors;
}

describe('validateTemplate', () => {
  it('should accept plain placeholders from the allowed list and comments', () => {
    expect(
      validateTemplate('{{! note }}Kính gửi: {{name}}, ngày {{date}}', ['name', 'date']),
    ).toEqual({
      ok: true,
    });
  });

  it('should accept text without any tag', () => {
    expect(validateTemplate('Độc lập - Tự do - Hạnh phúc', [])).toEqual({ ok: true });
  });

  it('should name an unknown placeholder and its position', () => {
    expect(errorsOf('Kính gửi:\n  {{nam}}', ['name'])).toEqual([
      'Unknown placeholder "nam" at line 2, column 3',
    ]);
  });

  it('should report every unknown placeholder', () => {
    expect(errorsOf('{{a}} {{b}} {{c}}', ['b'])).toHaveLength(2);
  });

  it('should refuse an unclosed tag with its line and column', () => {
    expect(errorsOf('Kính gửi: {{name', ['name'])).toEqual([
      'Syntax error: Unclosed tag at line 1, column 17',
    ]);
  });

  it('should refuse an unopened section closing tag', () => {
    const [error] = errorsOf('abc\n{{/name}}', ['name']);
    expect(error).toBe('Syntax error: Unopened section "name" at line 2, column 1');
  });

  it('should refuse an unclosed section', () => {
    const [error] = errorsOf('{{#name}} text', ['name']);
    expect(error).toMatch(/^Syntax error: Unclosed section "name" at line 1/);
  });

  it('should refuse sections and inverted sections even with known names', () => {
    expect(errorsOf('{{#a}}x{{/a}}{{^a}}y{{/a}}', ['a'])).toEqual([
      'Refused section "{{#a}}" at line 1, column 1',
      'Refused inverted section "{{^a}}" at line 1, column 14',
    ]);
  });

  it('should still report unknown names inside a refused section', () => {
    expect(errorsOf('{{#a}}{{secret}}{{/a}}', ['a'])).toContain(
      'Unknown placeholder "secret" at line 1, column 7',
    );
  });

  it('should refuse partials', () => {
    expect(errorsOf('{{> footer}}', ['footer'])).toEqual([
      'Refused partial "{{> footer}}" at line 1, column 1',
    ]);
  });

  it('should refuse both spellings of unescaped tags', () => {
    expect(errorsOf('{{{a}}} {{& a}}', ['a'])).toEqual([
      'Refused unescaped tag "{{{a}}}" at line 1, column 1',
      'Refused unescaped tag "{{& a}}" at line 1, column 9',
    ]);
  });

  it('should refuse delimiter changes', () => {
    expect(errorsOf('{{=<% %>=}}<% a %>', ['a'])[0]).toMatch(/^Refused delimiter change/);
  });

  it('should refuse dotted names and the implicit iterator', () => {
    expect(errorsOf('{{a.b}} {{.}}', ['a.b', '.'])).toEqual([
      'Invalid placeholder name "a.b" at line 1, column 1',
      'Invalid placeholder name "." at line 1, column 9',
    ]);
  });
});

describe('templatePlaceholders', () => {
  it('should list placeholders once in order of first use', () => {
    expect(templatePlaceholders('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
  });

  it('should throw on a syntax error', () => {
    expect(() => templatePlaceholders('{{a')).toThrow(TemplateRenderError);
  });
});

describe('renderTemplate', () => {
  it('should insert values without HTML escaping', () => {
    expect(renderTemplate('{{a}} & {{b}}', { a: '<Ông & Bà>', b: '"Trần"' })).toBe(
      '<Ông & Bà> & "Trần"',
    );
  });

  it('should keep a value that looks like a tag literal', () => {
    expect(renderTemplate('Kính gửi: {{name}}', { name: '{{secret}} {{#x}}{{/x}}' })).toBe(
      'Kính gửi: {{secret}} {{#x}}{{/x}}',
    );
  });

  it('should normalize the result to NFC', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const result = renderTemplate('{{name}}', { name: decomposed });
    expect(result).toBe('Nguyễn'.normalize('NFC'));
    expect(result).not.toBe(decomposed);
  });

  it('should throw naming a placeholder that has no value', () => {
    expect(() => renderTemplate('{{a}} {{b}}', { a: 'x' })).toThrow(
      'No value for placeholder "b" at line 1, column 7',
    );
  });

  it('should not resolve inherited properties such as constructor', () => {
    expect(() => renderTemplate('{{constructor}}', {})).toThrow(TemplateRenderError);
  });

  it('should throw on refused tags', () => {
    expect(() => renderTemplate('{{{a}}}', { a: 'x' })).toThrow(/Refused unescaped tag/);
  });

  it('should refuse a non-string value passed from untyped code', () => {
    const values = { a: (() => 'ran') as unknown as string };
    expect(() => renderTemplate('{{a}}', values)).toThrow('Value of "a" is not a string');
  });
});
