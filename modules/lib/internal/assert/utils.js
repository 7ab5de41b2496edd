'use strict';

// assert.ok's failure message (Node's lib/internal/assert/utils.js).
//
// `assert(value)` with a falsy value and no message reports the source text
// of the call: "The expression evaluated to a falsy value:\n\n  assert(x)\n".
// Node finds the call through the stack frame's line and column and parses
// the file with acorn. Duktape knows no columns, and for a call spread over
// several lines it reports the line where the call ends, so here:
//   1. Duktape.act() walks the active calls to the assertion function; the
//      next one out is the caller, giving file name and line;
//   2. the file is read and every call expression ("name.name(") that starts
//      at most 30 lines above is matched to its closing parenthesis
//      (skipping strings, comments and regular expression literals);
//   3. of the calls that cover the reported line, one named like an
//      assertion ('assert', 'ok', 'strict', or containing 'assert') wins;
//      among equals the innermost, or the first of calls side by side (two
//      assertions on one line cannot be told apart without a column).
// Continuation lines are re-indented as Node does: leading blanks up to the
// call's column are dropped and two spaces put in front.
// Calls from built-in modules or eval'd code get no source text (Node's
// behaviour too); the message then falls back to "<value> == true".

var AssertionError = require('internal/assert/assertion_error');

var sourceCache = Object.create(null);
var fsBinding;

function readSource(file) {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding.readFileUtf8(file);
}

var KEYWORDS = ['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'with',
  'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'instanceof', 'await', 'yield'];

// Characters after which a '/' starts a regular expression literal.
var REGEX_PRECEDERS = '(,=:[!&|?{};+-*%<>~^';

// Index of the ')' closing the '(' at `open`, or -1.
function closingParen(text, open) {
  var depth = 0;
  var last = '';  // last significant character, for the regex heuristic
  for (var i = open; i < text.length; i++) {
    var c = text.charAt(i);
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text.charAt(i) !== c; i++) {
        if (text.charAt(i) === '\\') i++;
      }
      last = c;
      continue;
    }
    if (c === '/' && text.charAt(i + 1) === '/') {
      while (i < text.length && text.charAt(i) !== '\n') i++;
      continue;
    }
    if (c === '/' && text.charAt(i + 1) === '*') {
      var close = text.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (c === '/' && REGEX_PRECEDERS.indexOf(last) !== -1) {
      var inClass = false;
      for (i++; i < text.length && text.charAt(i) !== '\n'; i++) {
        var r = text.charAt(i);
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      last = '/';
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
    if (!/\s/.test(c)) last = c;
  }
  return -1;
}

function lineOf(lineStarts, offset) {
  var lo = 0;
  var hi = lineStarts.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function assertionLikeness(callee) {
  var last = callee.replace(/\s/g, '').split('.').pop();
  if (last === 'assert' || last === 'ok' || last === 'strict') return 2;
  return /assert/i.test(callee) ? 1 : 0;
}

// The source of the call covering line `line` (0-based) of `source`:
// { text, column } or undefined.
function findCall(source, line) {
  var lineStarts = [0];
  for (var p = source.indexOf('\n'); p !== -1; p = source.indexOf('\n', p + 1)) lineStarts.push(p + 1);
  if (line >= lineStarts.length) return undefined;
  var from = lineStarts[Math.max(0, line - 30)];
  var lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : source.length;
  var callee = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/g;
  callee.lastIndex = from;
  var best;
  var m;
  while ((m = callee.exec(source)) !== null && m.index < lineEnd) {
    var name = m[0].slice(0, -1).replace(/\s+$/, '');
    if (KEYWORDS.indexOf(name) !== -1) continue;
    // Not a member of something longer ('x.assert(' is found whole).
    var before = source.charAt(m.index - 1);
    if (before === '.' || /[\w$]/.test(before)) continue;
    var open = m.index + m[0].length - 1;
    var close = closingParen(source, open);
    if (close === -1 || lineOf(lineStarts, close) < line) continue;
    var score = assertionLikeness(name);
    // Equal names: the innermost of nested calls, else the first on the line.
    if (best === undefined || score > best.score || (score === best.score && m.index < best.end)) {
      best = { start: m.index, end: close + 1, score: score };
    }
  }
  if (best === undefined) return undefined;
  var startLine = lineOf(lineStarts, best.start);
  return { text: source.slice(best.start, best.end), column: best.start - lineStarts[startLine] };
}

var CONTROL_ESCAPES = ['\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004', '\\u0005', '\\u0006',
  '\\u0007', '\\b', '', '', '\\u000b', '\\f', '', '\\u000e', '\\u000f', '\\u0010', '\\u0011',
  '\\u0012', '\\u0013', '\\u0014', '\\u0015', '\\u0016', '\\u0017', '\\u0018', '\\u0019', '\\u001a',
  '\\u001b', '\\u001c', '\\u001d', '\\u001e', '\\u001f'];

function formatCall(call) {
  var code = call.text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, function (ch) {
    return CONTROL_ESCAPES[ch.charCodeAt(0)];
  });
  var parts = code.split('\n');
  var out = parts[0];
  for (var i = 1; i < parts.length; i++) {
    var frame = parts[i];
    var pos = 0;
    while (pos < call.column && (frame.charAt(pos) === ' ' || frame.charAt(pos) === '\t')) pos++;
    out += '\n  ' + frame.slice(pos);
  }
  return 'The expression evaluated to a falsy value:\n\n  ' + out + '\n';
}

// The file and line of whoever called `fn`.
var duktapeAct = internalBinding('duktape').act;

function callSite(fn) {
  var found = false;
  for (var level = -2; ; level--) {
    var act = duktapeAct(level);
    if (!act) return undefined;
    if (found) {
      var file = act['function'] && act['function'].fileName;
      return { file: file, line: act.lineNumber };
    }
    if (act['function'] === fn) found = true;
  }
}

function getErrMessage(message, fn) {
  var site = callSite(fn);
  if (site === undefined || typeof site.file !== 'string' || site.file === 'input' ||
      site.file.indexOf('node:') === 0) {
    return message;
  }
  var key = site.file + ':' + site.line;
  if (key in sourceCache) return sourceCache[key];
  var result;
  try {
    var call = findCall(readSource(site.file), site.line - 1);
    if (call !== undefined) result = formatCall(call);
  } catch (e) {
    result = undefined;
  }
  sourceCache[key] = result;
  return result;
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

// assert.ok / assert(): `argLen` is how many arguments the caller passed.
function innerOk(fn, argLen, value, message) {
  if (value) return;
  var generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message === null || message === undefined) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (isError(message)) {
    throw message;
  }
  var err = new AssertionError({
    actual: value,
    expected: true,
    message: message,
    operator: '==',
    stackStartFn: fn
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk: innerOk,
  isError: isError
};
