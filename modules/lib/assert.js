'use strict';

// The assert module (Node's lib/assert.js).
//
// Every assertion that fails throws an AssertionError (see
// internal/assert/assertion_error for its properties and messages) unless
// the caller passed an Error as the message, which is thrown instead.
//
//   ok / assert(value)          truthy (message from the call's source text)
//   equal / notEqual            == and != (NaN equals NaN)
//   strictEqual / notStrict...  Object.is
//   deepEqual / deepStrictEqual and their negations: internal/util/comparisons
//   throws / doesNotThrow       run a function; the expected error may be a
//                               class, a RegExp, a validation function or an
//                               object whose properties must match
//   rejects / doesNotReject     the same for a promise (or a function
//                               returning one); they return promises
//   match / doesNotMatch        RegExp against a string
//   fail, ifError, strict (the strict-mode variants), CallTracker
//
// Node writes rejects/doesNotReject as async functions; here they are
// promise chains, so an exception anywhere (even argument validation)
// becomes a rejection, as with an async function.

var errors = require('internal/errors');
var codes = errors.codes;
var AssertionError = require('internal/assert/assertion_error');
var inspect = require('internal/util/inspect').inspect;
var types = require('internal/util/types');
var utils = require('internal/assert/utils');
var validateFunction = require('internal/validators').validateFunction;
var comparisons = require('internal/util/comparisons');

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_INVALID_RETURN_VALUE = codes.ERR_INVALID_RETURN_VALUE;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_AMBIGUOUS_ARGUMENT = errors.registerCode('ERR_AMBIGUOUS_ARGUMENT',
  'The "%s" argument is ambiguous. %s', TypeError);

var isDeepEqual = comparisons.isDeepEqual;
var isDeepStrictEqual = comparisons.isDeepStrictEqual;
var innerOk = utils.innerOk;
var isError = utils.isError;
var isRegExp = types.isRegExp;
var slice = Array.prototype.slice;

function ok() {
  innerOk.apply(null, [ok, arguments.length].concat(slice.call(arguments)));
}

var assert = module.exports = ok;

// Returned by the runners below when the function did not throw / reject.
var NO_EXCEPTION = {};

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isNaNNumber(v) {
  return typeof v === 'number' && v !== v;
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function requireTwo(argc) {
  if (argc < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

var warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  var argc = arguments.length;
  var internalMessage = false;
  if ((actual === undefined || actual === null) && argc <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual,
    expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: message
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !(isNaNNumber(actual) && isNaNNumber(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==',
      stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (isNaNNumber(actual) && isNaNNumber(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=',
      stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual',
      stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual',
      stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual',
      stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message,
      operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual',
      stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual',
      stackStartFn: notStrictEqual });
  }
};

// ------------------------------------------------ throws / rejects family --

// For a failing validation object: the compared keys only, so the diff
// shows what matters. A RegExp in `expected` that matches is replaced by
// the actual string (it is not a difference).
function keysView(obj, keys, actual) {
  var view = {};
  keys.forEach(function (key) {
    if (!(key in obj)) return;
    if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
        obj[key].exec(actual[key]) !== null) {
      view[key] = actual[key];
    } else {
      view[key] = obj[key];
    }
  });
  // Node builds these as instances of a class named Comparison, which shows
  // in the diff ("Comparison {").
  Object.setPrototypeOf(view, Comparison.prototype);
  return view;
}

function Comparison() {}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    var err = new AssertionError({
      actual: keysView(actual, keys),
      expected: keysView(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual: actual, expected: expected, message: message, operator: fn.name,
    stackStartFn: fn });
}

// Does `actual` (what was thrown / the rejection) satisfy `expected`?
// Throws the AssertionError describing why not.
function checkExpectedError(actual, expected, message, fn) {
  var generated = false;
  var mismatch = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' + inspect(expected) +
          '. Input:\n\n' + inspect(str) + '\n';
      }
      mismatch = true;
    } else if (typeof actual !== 'object' || actual === null) {
      var primitiveErr = new AssertionError({ actual: actual, expected: expected, message: message,
        operator: 'deepStrictEqual', stackStartFn: fn });
      primitiveErr.operator = fn.name;
      throw primitiveErr;
    } else {
      // A validation object: each of its keys must match (name and message
      // too when it is an Error).
      var keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    // An Error class that did not match.
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isError(actual)) {
        var name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += '"' + name + '"';
        }
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
    mismatch = true;
  } else {
    // A validation function: it must return exactly true.
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generated = true;
        var fnName = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + fnName + 'validation function is expected to return "true". Received ' +
          inspect(res);
        if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
      }
      mismatch = true;
    }
  }

  if (mismatch) {
    var err = new AssertionError({ actual: actual, expected: expected, message: message,
      operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function runForException(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises, or objects with then and catch methods.
function isPromiseLike(obj) {
  return types.isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
     typeof obj['catch'] === 'function');
}

// A promise for the rejection reason of promiseFn (a promise, or a function
// returning one), or for NO_EXCEPTION.
function waitForRejection(promiseFn) {
  var pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isPromiseLike(pending)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (isPromiseLike(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  return Promise.resolve(pending).then(function () { return NO_EXCEPTION; },
    function (e) { return e; });
}

// throws / rejects once the outcome is known. `argc` counts the user's
// arguments after the function: a string error with a message after it is
// a mistake.
function expectsError(stackStartFn, actual, argc, error, message) {
  if (typeof error === 'string') {
    if (argc === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error !== null && error !== undefined && typeof error !== 'object' &&
             typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    var what = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: stackStartFn.name,
      message: 'Missing expected ' + what + details, stackStartFn: stackStartFn });
  }
  if (!error) return;
  checkExpectedError(actual, error, message, stackStartFn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

// doesNotThrow / doesNotReject once the outcome is known.
function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var what = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual: actual, expected: error, operator: stackStartFn.name,
      message: 'Got unwanted ' + what + details + '\nActual message: "' + (actual && actual.message) + '"',
      stackStartFn: stackStartFn });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, error, message) {
  expectsError(throws, runForException(promiseFn), arguments.length - 1, error, message);
};

// waitForRejection without synchronous throws. (The promise chains here
// take as many microtask turns as Node's awaits do, so the order relative
// to other promise callbacks is the same.)
function settle(promiseFn) {
  try {
    return waitForRejection(promiseFn);
  } catch (e) {
    return Promise.reject(e);
  }
}

assert.rejects = function rejects(promiseFn, error, message) {
  var argc = arguments.length - 1;
  return settle(promiseFn).then(function (actual) {
    expectsError(rejects, actual, argc, error, message);
  });
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
  expectsNoError(doesNotThrow, runForException(fn), error, message);
};

assert.doesNotReject = function doesNotReject(fn, error, message) {
  return settle(fn).then(function (actual) {
    expectsNoError(doesNotReject, actual, error, message);
  });
};

// Throws `err` (wrapped in an AssertionError) unless it is null/undefined.
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  var message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  var wrapped = new AssertionError({ actual: err, expected: null, operator: 'ifError',
    message: message, stackStartFn: ifError });
  // Continue the new error's stack with the original error's frames.
  var origStack = err.stack;
  if (typeof origStack === 'string') {
    var at = origStack.indexOf('\n    at');
    if (at !== -1) {
      var originalFrames = origStack.slice(at + 1).split('\n');
      var newFrames = wrapped.stack.split('\n');
      for (var i = 0; i < originalFrames.length; i++) {
        var pos = newFrames.indexOf(originalFrames[i]);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      wrapped.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
    }
  }
  throw wrapped;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  var wantMatch = fn === assert.match;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  var generated = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' + typeof string +
        ' (' + inspect(string) + ')';
    } else {
      message = (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
    }
  }
  var err = new AssertionError({ actual: string, expected: regexp, message: message,
    operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// Deprecated (DEP0173): warns once, on first construction.
var CallTracker = require('internal/assert/calltracker');
var warnedTracker = false;
function DeprecatedCallTracker() {
  if (!warnedTracker) {
    warnedTracker = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  return new CallTracker();
}
DeprecatedCallTracker.prototype = CallTracker.prototype;
Object.defineProperty(DeprecatedCallTracker, 'name', { value: 'CallTracker', configurable: true });
assert.CallTracker = DeprecatedCallTracker;

// assert.strict: the same module with the loose comparisons replaced by
// their strict versions; strict.strict is itself.
function strict() {
  innerOk.apply(null, [strict, arguments.length].concat(slice.call(arguments)));
}

Object.keys(assert).forEach(function (key) { strict[key] = assert[key]; });
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
assert.strict = strict;
assert.strict.strict = assert.strict;
