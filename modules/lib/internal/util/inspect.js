'use strict';

// util.inspect and util.format (Node's lib/internal/util/inspect.js).
// PLACEHOLDER: a small version to bootstrap with; the full port replaces it.

var promiseModule;
function promiseDetails(p) {
  if (promiseModule === undefined) promiseModule = require('internal/promise');
  return promiseModule.getPromiseDetails(p);
}

function formatPrimitive(v) {
  if (typeof v === 'string') return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  if (typeof v === 'number') return (v === 0 && 1 / v < 0) ? '-0' : String(v);
  return String(v);
}

function inspect(value, opts) {
  var depth = opts && opts.depth !== undefined ? opts.depth : 2;
  return formatValue(value, depth, []);
}

function formatValue(value, depth, seen) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return formatPrimitive(value);
  }
  if (typeof value === 'function') {
    return '[Function: ' + (value.name || '(anonymous)') + ']';
  }
  if (seen.indexOf(value) !== -1) return '[Circular *1]';
  if (value instanceof Error) return value.stack || String(value);
  var pd = promiseDetails(value);
  if (pd) {
    if (pd[0] === 'pending') return 'Promise { <pending> }';
    return 'Promise { ' + (pd[0] === 'rejected' ? '<rejected> ' : '') + formatValue(pd[1], depth - 1, seen) + ' }';
  }
  if (depth < 0) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen.push(value);
  var parts = [];
  var keys = Object.keys(value);
  if (Array.isArray(value)) {
    for (var i = 0; i < value.length; i++) parts.push(formatValue(value[i], depth - 1, seen));
    seen.pop();
    return parts.length ? '[ ' + parts.join(', ') + ' ]' : '[]';
  }
  for (var k = 0; k < keys.length; k++) {
    var key = /^[a-zA-Z_$][a-zA-Z_$0-9]*$/.test(keys[k]) ? keys[k] : formatPrimitive(keys[k]);
    parts.push(key + ': ' + formatValue(value[keys[k]], depth - 1, seen));
  }
  seen.pop();
  return parts.length ? '{ ' + parts.join(', ') + ' }' : '{}';
}

function formatWithOptions(inspectOptions) {
  var args = Array.prototype.slice.call(arguments, 1);
  return formatArgs(args, inspectOptions);
}

function format() {
  return formatArgs(Array.prototype.slice.call(arguments), undefined);
}

function formatArgs(args, opts) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) {  // '%'
        var c = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          var tempStr;
          switch (c) {
            case 115:  // 's'
              var arg = args[++a];
              if (typeof arg === 'number') tempStr = formatPrimitive(arg);
              else if (typeof arg === 'object' && arg !== null) tempStr = inspect(arg, { depth: 0 });
              else tempStr = String(arg);
              break;
            case 106:  // 'j'
              tempStr = JSON.stringify(args[++a]);
              break;
            case 100:  // 'd'
              var n = args[++a];
              tempStr = typeof n === 'object' && n !== null ? 'NaN' : formatPrimitive(Number(n));
              break;
            case 79:  // 'O'
            case 111:  // 'o'
              tempStr = inspect(args[++a], opts);
              break;
            case 105:  // 'i'
              tempStr = formatPrimitive(parseInt(args[++a]));
              break;
            case 102:  // 'f'
              tempStr = formatPrimitive(parseFloat(args[++a]));
              break;
            case 99:  // 'c'
              a++;
              tempStr = '';
              break;
            case 37:  // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (c === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, opts) : value;
    join = ' ';
    a++;
  }
  return str;
}

inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2 };

module.exports = {
  inspect: inspect,
  format: format,
  formatWithOptions: formatWithOptions
};
