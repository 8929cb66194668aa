import { HTMLAttributes, Key, ReactNode } from 'react';

/** What a row may carry besides its cells: a class, aria-current, data-* hooks for the tests. */
export type RowProps = HTMLAttributes<HTMLTableRowElement> & {
  [attribute: `data-${string}`]: string | undefined;
};

export interface Column<Row> {
  /** Read by screen readers; `hidden` keeps it for them only (a column of buttons). */
  header: string;
  hidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row is a row header (WCAG 1.3.1). */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowProps?: (row: Row) => RowProps;
  /** The key of the row open beside the table (a letter previewed): marked aria-current. */
  currentRow?: Key;
  caption?: string;
  className?: string;
  testId?: string;
}

/** A scrolling table of rows, one column per header: the console's lists look and read alike. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  currentRow,
  caption,
  className,
  testId,
}: DataTableProps<Row>) {
  return (
    <div className="table-scroll">
      <table className={className} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.hidden ? (
                  <span className="visually-hidden">{column.header}</span>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={rowKey(row, index)}
              aria-current={rowKey(row, index) === currentRow ? 'true' : undefined}
              {...rowProps?.(row)}
            >
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The button a row offers (open, finish), named for its row when the label alone is not. */
export function RowButton({
  label,
  accessibleName,
  onClick,
  disabled,
}: {
  label: string;
  accessibleName?: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="button secondary"
      aria-label={accessibleName}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
