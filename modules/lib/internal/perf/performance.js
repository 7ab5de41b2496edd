'use strict';

// The `performance` global (Node's lib/internal/perf/performance.js), for the
// common uses: now(), timeOrigin, and user timing (mark, measure and the
// getEntries* queries). Node's resource timing, eventLoopUtilization and
// timerify are not here.
//
// now() is the engine's monotonic clock in ms since the runtime started
// (virtual under --deterministic), taken from Duktape's own `performance`
// object, which the bootstrap replaces with this one: this module must be
// loaded before that happens.

var DOMException;  // internal/per_context/domexception, on first use
var ERR_INVALID_ARG_TYPE = require('internal/errors').codes.ERR_INVALID_ARG_TYPE;
var ERR_ILLEGAL_CONSTRUCTOR = require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR;

var engineNow = globalThis.performance.now;
function now() {
  return engineNow.call(undefined);
}
var timeOrigin = Date.now() - now();

var kToken = {};
var entries = [];  // marks and measures, in the order they were made

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true,
    enumerable: false });
}

function PerformanceEntry(token, name, type, start, duration, detail) {
  if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  this.name = name;
  this.entryType = type;
  this.startTime = start;
  this.duration = duration;
  if (type === 'mark' || type === 'measure') this.detail = detail === undefined ? null : detail;
}
PerformanceEntry.prototype.toJSON = function toJSON() {
  var out = { name: this.name, entryType: this.entryType, startTime: this.startTime,
    duration: this.duration };
  if ('detail' in this) out.detail = this.detail;
  return out;
};
hidden(PerformanceEntry.prototype, 'toJSON', PerformanceEntry.prototype.toJSON);

function subclass(name) {
  var C = function (token, entryName, start, duration, detail) {
    PerformanceEntry.call(this, token, entryName, name === 'PerformanceMark' ? 'mark' : 'measure',
      start, duration, detail);
  };
  Object.defineProperty(C, 'name', { value: name });
  C.prototype = Object.create(PerformanceEntry.prototype);
  hidden(C.prototype, 'constructor', C);
  Object.setPrototypeOf(C, PerformanceEntry);
  return C;
}
var PerformanceMark = subclass('PerformanceMark');
var PerformanceMeasure = subclass('PerformanceMeasure');

function markNotSet(name) {
  if (DOMException === undefined) {
    DOMException = require('internal/per_context/domexception').DOMException;
  }
  return new DOMException('The "' + name + '" performance mark has not been set', 'SyntaxError');
}

// A time given as a mark name (its latest mark) or a number.
function timeOf(value) {
  if (typeof value === 'number') return value;
  var name = '' + value;
  for (var i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw markNotSet(name);
}

function Performance(token) {
  if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
}

function method(name, fn) {
  Object.defineProperty(Performance.prototype, name, { value: fn, writable: true,
    configurable: true, enumerable: true });
}

method('now', function () { return now(); });
Object.defineProperty(Performance.prototype, 'timeOrigin', {
  get: function () { return timeOrigin; }, enumerable: true, configurable: true
});

method('mark', function mark(name, options) {
  if (arguments.length === 0) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('name');
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  var start = options && options.startTime !== undefined ? options.startTime : now();
  if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('options.startTime', 'number', start);
  var entry = new PerformanceMark(kToken, '' + name, start, 0, options && options.detail);
  entries.push(entry);
  return entry;
});

// measure(name[, startMark | { start, end, duration, detail }[, endMark]])
method('measure', function measure(name, startOrOptions, endMark) {
  var start = 0;
  var end;
  var detail;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    var o = startOrOptions;
    detail = o.detail;
    if (o.start !== undefined) start = timeOf(o.start);
    if (o.end !== undefined) {
      end = timeOf(o.end);
    } else if (o.duration !== undefined) {
      end = start + o.duration;
    }
    if (o.start === undefined && o.duration !== undefined && end !== undefined) {
      start = end - o.duration;
    }
  } else if (startOrOptions !== undefined) {
    start = timeOf(startOrOptions);
  }
  if (endMark !== undefined) end = timeOf(endMark);
  if (end === undefined) end = now();
  var entry = new PerformanceMeasure(kToken, '' + name, start, end - start, detail);
  entries.push(entry);
  return entry;
});

function sorted(list) {
  return list.slice().sort(function (a, b) { return a.startTime - b.startTime; });
}

method('getEntries', function getEntries() {
  return sorted(entries);
});
method('getEntriesByName', function getEntriesByName(name, type) {
  name = '' + name;
  return sorted(entries.filter(function (e) {
    return e.name === name && (type === undefined || e.entryType === type);
  }));
});
method('getEntriesByType', function getEntriesByType(type) {
  type = '' + type;
  return sorted(entries.filter(function (e) { return e.entryType === type; }));
});

function clearOf(type) {
  return function (name) {
    entries = entries.filter(function (e) {
      return e.entryType !== type || (name !== undefined && e.name !== '' + name);
    });
  };
}
method('clearMarks', clearOf('mark'));
method('clearMeasures', clearOf('measure'));
method('toJSON', function toJSON() {
  return { timeOrigin: timeOrigin };
});
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance',
  configurable: true });

var performance = new Performance(kToken);

module.exports = {
  now: now,
  performance: performance,
  Performance: Performance,
  PerformanceEntry: PerformanceEntry,
  PerformanceMark: PerformanceMark,
  PerformanceMeasure: PerformanceMeasure
};
