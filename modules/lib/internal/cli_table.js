'use strict';

// The box-drawing table console.table prints (Node v20's
// lib/internal/cli_table.js): a header row, a separator, one row per entry,
// cells left-aligned and padded to the widest cell of their column (widths
// in terminal columns, so CJK characters count twice).

var getStringWidth = require('internal/util/inspect').getStringWidth;

var tableChars = {
  middleMiddle: '\u2500',  // ─
  rowMiddle: '\u253c',     // ┼
  topRight: '\u2510',      // ┐
  topLeft: '\u250c',       // ┌
  leftMiddle: '\u251c',    // ├
  topMiddle: '\u252c',     // ┬
  bottomRight: '\u2518',   // ┘
  bottomLeft: '\u2514',    // └
  bottomMiddle: '\u2534',  // ┴
  rightMiddle: '\u2524',   // ┤
  left: '\u2502 ',         // │
  right: ' \u2502',
  middle: ' \u2502 '
};

function renderRow(row, columnWidths) {
  var out = tableChars.left;
  for (var i = 0; i < row.length; i++) {
    var cell = row[i];
    var needed = columnWidths[i] - getStringWidth(cell);
    out += cell + (needed > 0 ? ' '.repeat(Math.ceil(needed)) : '');
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// head: the column titles; columns[i]: the cells of column i (a sparse
// array: a missing cell is printed empty).
function table(head, columns) {
  var rows = [];
  var columnWidths = head.map(function (h) { return getStringWidth(h); });
  var longestColumn = columns.reduce(function (n, a) { return Math.max(n, a.length); }, 0);
  var i;
  for (i = 0; i < head.length; i++) {
    var column = columns[i];
    for (var j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      var width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, getStringWidth(value));
    }
  }
  var divider = columnWidths.map(function (w) { return tableChars.middleMiddle.repeat(w + 2); });
  var result = tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight + '\n' +
    renderRow(head, columnWidths) + '\n' +
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle + '\n';
  for (i = 0; i < rows.length; i++) result += renderRow(rows[i], columnWidths) + '\n';
  result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
  return result;
}

module.exports = table;
