import { StreamableFile } from '@nestjs/common';

/** Whether the browser shows the file (`inline`) or saves it (`attachment`). */
export type FileDisposition = 'inline' | 'attachment';

/** A file a route answers with: its media type, the name it is shown or saved under, its length. */
export function fileAnswer(
  body: Buffer,
  file: { type: string; fileName: string; disposition: FileDisposition },
): StreamableFile {
  return new StreamableFile(body, {
    type: file.type,
    disposition: `${file.disposition}; filename="${file.fileName}"`,
    length: body.length,
  });
}

/** A PDF answer, shown in the browser unless `attachment` is asked for. */
export function pdfAnswer(
  pdf: Buffer,
  fileName: string,
  disposition: FileDisposition = 'inline',
): StreamableFile {
  return fileAnswer(pdf, { type: 'application/pdf', fileName, disposition });
}
