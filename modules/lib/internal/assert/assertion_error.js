'use strict';

// assert.AssertionError (Node's lib/internal/assert/assertion_error.js).
//
// new AssertionError({ actual, expected, operator, message, stackStartFn })
// builds the error every failing assertion throws: its own enumerable
// properties are generatedMessage, code ('ERR_ASSERTION'), actual, expected
// and operator (in that order, as Node prints them), `name` is
// 'AssertionError' and String(err) is 'AssertionError [ERR_ASSERTION]: ...'.
//
// The generated messages:
//   strictEqual / deepStrictEqual  a line diff of the two values inspected
//       in Node's assert style (createErrDiff below), or for two short
//       primitives just "1 !== 2"; a user message replaces the header line
//       but the diff still follows;
//   notStrictEqual / notDeepStrictEqual  the value that should have
//       differed;
//   deepEqual / notDeepEqual  both values with 'should (not) loosely
//       deep-equal' between them;
//   other operators ('==', '!=', 'fail', ...)  "<actual> <op> <expected>".
//
// HOW the diff works (Node v20's algorithm, kept output-compatible): both
// values are inspected one property per line, sorted; identical trailing
// lines are set aside (up to three are shown as context), then the lines are
// walked in parallel: diverging actual lines are written with '+' at once
// while the expected ones ('-') are held back and flushed before the next
// identical line, so a changed block reads +++--- rather than +-+-. Runs of
// identical lines are shortened to two lines of context (with '...' once
// more than five are skipped), and the whole diff stops after ~50 lines.
// Colours are never used: tickscope's stderr is not treated as a terminal.

var inspectModule = require('internal/util/inspect');
var inspect = inspectModule.inspect;
var validateObject = require('internal/validators').validateObject;

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

// Two primitives whose inspected forms together are at most this long are
// shown as "a !== b" instead of a diff.
var kMaxShortLength = 12;

function repeat(str, n) {
  var out = '';
  for (var i = 0; i < n; i++) out += str;
  return out;
}

function endsWithComma(line) {
  return line.charAt(line.length - 1) === ',';
}

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

// A stand-in for an Error with the same prototype and own enumerable
// properties but no stack, so the diff does not show two stack traces.
function copyError(source) {
  var target = Object.create(Object.getPrototypeOf(source));
  Object.keys(source).forEach(function (k) { target[k] = source[k]; });
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// The view of a value the messages use: every property on its own line,
// keys sorted, no depth limit, getters evaluated, custom inspectors skipped.
function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true
  });
}

function headerFor(operator, message) {
  return message || kReadableOperator[operator];
}

function stderrColumns() {
  var err = process.stderr;
  return err && err.isTTY && err.columns ? err.columns : 80;
}

function createErrDiff(actual, expected, operator, message) {
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var other = '';   // expected ('-') lines waiting to be written
  var res = '';
  var end = '';     // identical trailing lines kept as context
  var skipped = false;
  var indicator = '';
  // Counts compared characters, then trailing identical lines: Node lets
  // the first count spill into the second when it stays small.
  var i = 0;

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    var a0 = actualLines[0];
    var e0 = expectedLines[0];
    var inputLength = a0.length + e0.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return headerFor(operator, message) + '\n\n' + a0 + ' !== ' + e0 + '\n';
      }
    } else if (operator !== 'strictEqualObject' && inputLength < stderrColumns()) {
      // Point at the first differing character of one-line values.
      while (a0.charAt(i) === e0.charAt(i) && i < a0.length) i++;
      if (i > 2) {
        indicator = '\n  ' + repeat(' ', i) + '^';
        i = 0;
      }
    }
  }

  // Set identical trailing lines aside; at most three are shown.
  var lastA = actualLines[actualLines.length - 1];
  var lastE = expectedLines[expectedLines.length - 1];
  while (lastA === lastE) {
    if (i++ < 3) end = '\n  ' + lastA + end;
    else other = lastA;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    lastA = actualLines[actualLines.length - 1];
    lastE = expectedLines[expectedLines.length - 1];
  }

  var maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same text, different identity: show it once.
    var shown = actualInspected.split('\n');
    if (shown.length > 50) {
      shown[46] = '...';
      shown.length = 47;
    }
    return kReadableOperator.notIdentical + '\n\n' + shown.join('\n') + '\n';
  }

  if (i >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }

  var printedLines = 0;
  var identical = 0;
  var msg = headerFor(operator, message) + '\n+ actual - expected';
  var skippedMsg = ' ... Lines skipped';

  // `lines` is the longer side; past the shorter one's end only it remains.
  var lines = actualLines;
  var plusMinus = '+';
  var shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }

  // Before a change, show up to two of the preceding identical lines
  // (all of them if there are exactly five, else '...' for the rest).
  function flushContext(from, at) {
    if (identical <= 2) return;
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          res += '\n  ' + from[at - 3];
          printedLines++;
        } else {
          res += '\n...';
          skipped = true;
        }
      }
      res += '\n  ' + from[at - 2];
      printedLines++;
    }
    res += '\n  ' + from[at - 1];
    printedLines++;
  }

  for (i = 0; i < maxLines; i++) {
    if (i >= shorter) {
      flushContext(lines, i);
      identical = 0;
      if (lines === actualLines) res += '\n' + plusMinus + ' ' + lines[i];
      else other += '\n' + plusMinus + ' ' + lines[i];
      printedLines++;
    } else {
      var expectedLine = expectedLines[i];
      var actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      var diverging = actualLine !== expectedLine &&
        (!endsWithComma(actualLine) || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && endsWithComma(expectedLine) && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushContext(actualLines, i);
        identical = 0;
        res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
    }
  }
  return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

// The message when no user message is given, for every operator.
function generatedMessage(actual, expected, operator) {
  if (isObjectLike(actual) && isObjectLike(expected) &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, '');
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    // The values are equal: show the one value.
    var base = kReadableOperator[operator];
    var shown = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (shown.length > 50) {
      shown[46] = '...';
      shown.length = 47;
    }
    if (shown.length === 1) return base + (shown[0].length > 5 ? '\n\n' : ' ') + shown[0];
    return base + '\n\n' + shown.join('\n') + '\n';
  }
  var res = inspectValue(actual);
  var other = inspectValue(expected);
  var known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = known + '\n\n' + res;
    if (res.length > 1024) res = res.slice(0, 1021) + '...';
    return res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else if (kReadableOperator[operator + 'Unequal']) {
    res = kReadableOperator[operator + 'Unequal'] + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
  } else {
    other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

// The stack frames below the assertion: frames inside the assert modules
// are dropped (Node cuts the stack at stackStartFn).
function callerFrames(stack) {
  if (typeof stack !== 'string') return '';
  var lines = stack.split('\n');
  var first = 0;
  while (first < lines.length && lines[first].indexOf('    at ') !== 0) first++;
  var at = first;
  while (at < lines.length && /\((?:node:assert|node:internal\/assert|node:internal\/util\/comparisons)[^)]*\)$|at (?:node:assert|node:internal\/assert)/.test(lines[at])) {
    at++;
  }
  if (at === lines.length) at = first;
  return at < lines.length ? '\n' + lines.slice(at).join('\n') : '';
}

function AssertionError(options) {
  validateObject(options, 'options');
  var message = options.message;
  var operator = options.operator;
  var details = options.details;
  var actual = options.actual;
  var expected = options.expected;

  var text;
  if (message !== null && message !== undefined) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(actual, expected, operator, message);
    } else {
      text = String(message);
    }
  } else {
    text = generatedMessage(actual, expected, operator);
  }

  var err = new Error(text);
  // `this` carries the prototype of the class actually constructed (a
  // subclass included); the Error made here takes it over.
  Object.setPrototypeOf(err, this instanceof AssertionError ? Object.getPrototypeOf(this) :
    AssertionError.prototype);
  err.generatedMessage = !message;
  Object.defineProperty(err, 'name', { value: 'AssertionError', enumerable: false, writable: true,
    configurable: true });
  err.code = 'ERR_ASSERTION';
  if (details) {
    err.actual = undefined;
    err.expected = undefined;
    err.operator = undefined;
    for (var i = 0; i < details.length; i++) {
      err['message ' + i] = details[i].message;
      err['actual ' + i] = details[i].actual;
      err['expected ' + i] = details[i].expected;
      err['operator ' + i] = details[i].operator;
      err['stack trace ' + i] = details[i].stack;
    }
  } else {
    err.actual = actual;
    err.expected = expected;
    err.operator = operator;
  }
  var frames = callerFrames(new Error().stack);
  Object.defineProperty(err, 'stack', { value: 'AssertionError [ERR_ASSERTION]: ' + text + frames,
    writable: true, configurable: true, enumerable: false });
  return err;
}

AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true }
});

Object.defineProperty(AssertionError.prototype, 'toString', {
  value: function toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  },
  writable: true, configurable: true
});

// Node shows at most 10 lines (or the tail past 512 characters, a quirk
// kept as is) of a long string actual/expected when inspecting the error.
function addEllipsis(string) {
  var lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return lines.join('\n') + '\n...';
  }
  if (string.length > 512) return string.slice(512) + '...';
  return string;
}

Object.defineProperty(AssertionError.prototype, inspectModule.customInspectSymbol || inspect.custom, {
  value: function (recurseTimes, ctx) {
    var savedActual = this.actual;
    var savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    var opts = {};
    if (ctx) Object.keys(ctx).forEach(function (k) { opts[k] = ctx[k]; });
    opts.customInspect = false;
    opts.depth = 0;
    var result;
    try {
      result = inspect(this, opts);
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
    return result;
  },
  writable: true, configurable: true
});

module.exports = AssertionError;
