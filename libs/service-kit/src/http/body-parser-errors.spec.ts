import { bodyRefusal, verifyJsonBody } from './body-parser-errors';

const refusedBy = (body: string, charset: string | null): unknown => {
  try {
    verifyJsonBody(undefined, undefined, Buffer.from(body), charset);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('request body refusals', () => {
  it('should let UTF-8 JSON of ordinary depth through', () => {
    expect(refusedBy('{"a":{"b":[1,2]}}', 'utf-8')).toBeUndefined();
  });

  it('should refuse another charset with 415 and name the Content-Type header', () => {
    const error = refusedBy('{}', 'utf-16le');

    expect(bodyRefusal(error)).toEqual({
      status: 415,
      code: 'REQUEST.UNSUPPORTED_CHARSET',
      message: 'Nội dung gửi lên phải dùng bảng mã UTF-8.',
      errors: [{ field: 'Content-Type', messages: ['Chỉ chấp nhận charset=utf-8.'] }],
    });
  });

  it('should refuse nesting deeper than 32 levels with 400 REQUEST.TOO_DEEP', () => {
    const error = refusedBy(`${'['.repeat(33)}${']'.repeat(33)}`, 'utf-8');

    expect(bodyRefusal(error)).toMatchObject({ status: 400, code: 'REQUEST.TOO_DEEP' });
  });

  it('should map what body-parser reports to the stable codes', () => {
    expect(bodyRefusal({ type: 'entity.too.large', status: 413 })?.code).toBe('REQUEST.TOO_LARGE');
    expect(bodyRefusal({ type: 'entity.parse.failed', status: 400 })?.code).toBe(
      'REQUEST.MALFORMED',
    );
    expect(bodyRefusal({ type: 'charset.unsupported', status: 415 })?.code).toBe(
      'REQUEST.UNSUPPORTED_CHARSET',
    );
    expect(bodyRefusal({ type: 'encoding.unsupported', status: 415 })).toMatchObject({
      status: 415,
      code: 'REQUEST.UNSUPPORTED_ENCODING',
    });
  });

  it('should answer a body that does not decompress as declared with 400, not 500', () => {
    expect(bodyRefusal({ status: 400, code: 'Z_DATA_ERROR' })).toMatchObject({
      status: 400,
      code: 'REQUEST.ENCODING_INVALID',
    });
    expect(bodyRefusal({ status: 400, code: 'ERR__ERROR_FORMAT_PADDING_2' })?.code).toBe(
      'REQUEST.ENCODING_INVALID',
    );
  });

  it('should answer any other client fault as malformed and leave server faults to the filter', () => {
    expect(bodyRefusal({ type: 'request.size.invalid', status: 400 })?.code).toBe(
      'REQUEST.MALFORMED',
    );
    expect(bodyRefusal({ type: 'stream.not.readable', status: 500 })).toBeUndefined();
    expect(bodyRefusal(new Error('unexpected'))).toBeUndefined();
  });
});
