import { percentCell, spreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheetCsv', () => {
  it('writes a byte-order mark, CRLF line ends and empty cells for null', () => {
    expect(
      spreadsheetCsv([
        ['Mã', 'Tên'],
        [1, null],
      ]),
    ).toBe('\uFEFFMã,Tên\r\n1,\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(spreadsheetCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('neutralises text a spreadsheet would run as a formula, not negative numbers', () => {
    expect(spreadsheetCsv([['=SUM(A1)', '@x', -3]])).toBe("\uFEFF'=SUM(A1),'@x,-3\r\n");
  });
});

describe('percentCell', () => {
  it('gives a rate in percent with one decimal, empty when unknown', () => {
    expect(percentCell(0.8765)).toBe('87.7');
    expect(percentCell(1)).toBe('100.0');
    expect(percentCell(null)).toBe('');
  });
});
