/** A table of plain text with a caption and column headers; the first cell of a row heads that row. */
export function SimpleTable({ caption, headers, rows, numeric = [] }: { caption: string; headers: string[]; rows: string[][]; numeric?: number[] }) {
  const cellClass = (index: number, base: string) => (numeric.includes(index) ? `${base} ${base}--numeric` : base);
  return (
    <div className="wa-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="wa-caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((header, index) => <th key={header} className={cellClass(index, 'utrecht-table__header-cell')} scope="col">{header}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, rowIndex) => (
            <tr className="utrecht-table__row" key={rowIndex}>
              {row.map((cell, index) => (index === 0
                ? <th key={index} className="utrecht-table__cell wa-row-title" scope="row">{cell}</th>
                : <td key={index} className={cellClass(index, 'utrecht-table__cell')}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
