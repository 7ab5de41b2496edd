'use strict';

// assert.CallTracker (Node's lib/internal/assert/calltracker.js;
// deprecated since Node 20, DEP0173): wraps functions and checks that each
// was called the expected number of times.
//
// Node wraps with a Proxy and remembers wrappers in a WeakMap; here the
// wrapper is a plain function and the tracker keeps [wrapper, record] pairs
// in an array (Duktape has no WeakMap), so a tracker keeps its functions
// alive as long as it lives.

var errors = require('internal/errors');
var AssertionError = require('internal/assert/assertion_error');

var ERR_INVALID_ARG_VALUE = errors.codes.ERR_INVALID_ARG_VALUE;
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = errors.codes.ERR_OUT_OF_RANGE;
var ERR_UNAVAILABLE_DURING_EXIT = errors.registerCode('ERR_UNAVAILABLE_DURING_EXIT',
  'Cannot call function in process exit handler', Error);

// Nameless, so a tracker made with calls(n) reports 'calls' (Node tracks
// Function.prototype, whose name is '').
var noop = function () {};

// The calls seen for one tracked function.
function CallRecord(expected, name) {
  this.calls = [];
  this.expected = expected;
  this.name = name;
  this.stackTrace = new Error();
}

CallRecord.prototype.report = function () {
  if (this.calls.length === this.expected) return undefined;
  return {
    message: 'Expected the ' + this.name + ' function to be executed ' + this.expected +
      ' time(s) but was executed ' + this.calls.length + ' time(s).',
    actual: this.calls.length,
    expected: this.expected,
    operator: this.name,
    stack: this.stackTrace
  };
};

function CallTracker() {
  this._records = [];  // [wrapper, CallRecord]
}

function recordOf(tracker, tracked) {
  for (var i = 0; i < tracker._records.length; i++) {
    if (tracker._records[i][0] === tracked) return tracker._records[i][1];
  }
  throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
}

CallTracker.prototype.calls = function calls(fn, expected) {
  if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
  if (typeof fn === 'number') {
    expected = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (expected === undefined) expected = 1;
  if (typeof expected !== 'number') throw new ERR_INVALID_ARG_TYPE('expected', 'number', expected);
  if (expected !== Math.floor(expected)) throw new ERR_OUT_OF_RANGE('expected', 'an integer', expected);
  if (expected < 1 || expected > 4294967295) {
    throw new ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
  }
  var record = new CallRecord(expected, fn.name || 'calls');
  var target = fn;
  function tracked() {
    var args = Object.freeze(Array.prototype.slice.call(arguments));
    record.calls.push(Object.freeze({ thisArg: this, arguments: args }));
    return target.apply(this, arguments);
  }
  Object.defineProperty(tracked, 'name', { value: fn.name, configurable: true });
  this._records.push([tracked, record]);
  return tracked;
};

CallTracker.prototype.getCalls = function getCalls(tracked) {
  return Object.freeze(recordOf(this, tracked).calls.slice());
};

CallTracker.prototype.reset = function reset(tracked) {
  if (tracked === undefined) {
    this._records.forEach(function (r) { r[1].calls = []; });
    return;
  }
  recordOf(this, tracked).calls = [];
};

CallTracker.prototype.report = function report() {
  var out = [];
  this._records.forEach(function (r) {
    var item = r[1].report();
    if (item !== undefined) out.push(item);
  });
  return out;
};

CallTracker.prototype.verify = function verify() {
  var failures = this.report();
  if (failures.length === 0) return;
  throw new AssertionError({
    message: failures.length === 1 ? failures[0].message :
      'Functions were not called the expected number of times',
    details: failures
  });
};

module.exports = CallTracker;
