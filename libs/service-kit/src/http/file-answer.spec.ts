import { fileAnswer, pdfAnswer } from './file-answer';

describe('file answers', () => {
  it('shows a PDF inline under its name, with its length', () => {
    const pdf = Buffer.from('%PDF-1.7');
    const file = pdfAnswer(pdf, 'phieu-01.pdf');
    expect(file.getHeaders()).toEqual({
      type: 'application/pdf',
      disposition: 'inline; filename="phieu-01.pdf"',
      length: pdf.length,
    });
  });

  it('offers a PDF or any other file as an attachment to save', () => {
    expect(pdfAnswer(Buffer.from('x'), 'lo.pdf', 'attachment').getHeaders().disposition).toBe(
      'attachment; filename="lo.pdf"',
    );
    const csv = Buffer.from('a,b\r\n');
    expect(
      fileAnswer(csv, {
        type: 'text/csv',
        fileName: 'so.csv',
        disposition: 'attachment',
      }).getHeaders(),
    ).toEqual({ type: 'text/csv', disposition: 'attachment; filename="so.csv"', length: 5 });
  });
});
