export * from './text/normalize-text';
export * from './templates/mustache-template';
export * from './pdf/official-document';
export * from './pdf/render-official-document-pdf';
export * from './text/administrative-unit';
export * from './csv/spreadsheet-csv';
