'use strict';

// The Console class (Node's lib/internal/console/constructor.js), writing
// through util.formatWithOptions to two streams.

var inspectModule = require('internal/util/inspect');
var formatWithOptions = inspectModule.formatWithOptions;
var formatWithOptionsInternal = inspectModule.formatWithOptionsInternal;
var inspect = inspectModule.inspect;

// console.log(...args): withRest gathers the arguments without building an
// `arguments` object (modules/native/functions.cpp): console.log is the
// hottest function most scripts call.
var withRest = internalBinding('functions').withRest;
var kNoOptions = {};

// The text console.log prints for args (undefined: no arguments).
function formatArgs(args) {
  if (args === undefined) return '';
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return formatWithOptionsInternal(kNoOptions, args);
}

var kGroupIndent = Symbol('kGroupIndent');
var kCounts = Symbol('kCounts');
var kTimers = Symbol('kTimers');

function Console(options) {
  if (!(this instanceof Console)) return new Console(options);
  var stdout = options && options.stdout !== undefined ? options.stdout : options;
  var stderr = options && options.stderr !== undefined ? options.stderr : stdout;
  if (options && options.write !== undefined && typeof options.write === 'function') {
    stdout = options;
    stderr = arguments[1] || options;
  }
  this._stdout = stdout;
  this._stderr = stderr;
  this[kGroupIndent] = '';
  this[kCounts] = Object.create(null);
  this[kTimers] = Object.create(null);
  // Methods are bound so that `var log = console.log; log('x')` works.
  var self = this;
  Object.keys(Console.prototype).forEach(function (name) {
    self[name] = Console.prototype[name].bind(self);
  });
}

Console.prototype._write = function (stream, text) {
  var indent = this[kGroupIndent];
  if (indent.length > 0) {
    if (text.indexOf('\n') !== -1) text = text.replace(/\n/g, '\n' + indent);
    text = indent + text;
  }
  stream.write(text + '\n');
};

Console.prototype.log = withRest(function log(args) {
  this._write(this._stdout, formatArgs(args));
}, 0);
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;

Console.prototype.warn = withRest(function warn(args) {
  this._write(this._stderr, formatArgs(args));
}, 0);
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function dir(object, options) {
  var opts = { customInspect: false };
  if (options) for (var k in options) opts[k] = options[k];
  this._write(this._stdout, inspect(object, opts));
};

Console.prototype.dirxml = Console.prototype.log;

Console.prototype.trace = function trace() {
  var err = new Error(formatWithOptions.apply(null, [{}].concat(Array.prototype.slice.call(arguments))));
  err.name = 'Trace';
  var stack = err.stack;
  // Drop this function's own frame, as Node does.
  var lines = String(stack).split('\n');
  if (lines.length > 1 && lines[1].indexOf('trace (node:internal/console') !== -1) lines.splice(1, 1);
  this._write(this._stderr, lines.join('\n'));
};

Console.prototype.assert = function assert(expression) {
  if (!expression) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (typeof args[0] === 'string') {
      args[0] = 'Assertion failed: ' + args[0];
    } else {
      args.unshift('Assertion failed');
    }
    this.warn.apply(this, args);
  }
};

Console.prototype.count = function count(label) {
  label = label === undefined ? 'default' : String(label);
  var counts = this[kCounts];
  counts[label] = (counts[label] || 0) + 1;
  this.log(label + ': ' + counts[label]);
};

Console.prototype.countReset = function countReset(label) {
  label = label === undefined ? 'default' : String(label);
  if (this[kCounts][label] === undefined) {
    process.emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  delete this[kCounts][label];
};

Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this[kGroupIndent] += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
  this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - 2);
};

function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = (seconds.toFixed(3)).split('.');
    var res = hours !== 0 ? hours + ':' + pad(minutes) : String(minutes);
    return res + ':' + pad(Number(parts[0])) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

function pad(n) {
  return n < 10 ? '0' + n : String(n);
}

Console.prototype.time = function time(label) {
  label = label === undefined ? 'default' : String(label);
  if (this[kTimers][label] !== undefined) {
    process.emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this[kTimers][label] = performance.now();
};

Console.prototype.timeEnd = function timeEnd(label) {
  label = label === undefined ? 'default' : String(label);
  if (this._timeLog('timeEnd', label, [])) delete this[kTimers][label];
};

Console.prototype.timeLog = function timeLog(label) {
  label = label === undefined ? 'default' : String(label);
  this._timeLog('timeLog', label, Array.prototype.slice.call(arguments, 1));
};

Console.prototype._timeLog = function (name, label, data) {
  var start = this[kTimers][label];
  if (start === undefined) {
    process.emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var text = label + ': ' + formatTime(performance.now() - start);
  this.log.apply(this, [text].concat(data));
  return true;
};

// console.table (Node's algorithm, https://console.spec.whatwg.org/#table):
// one row per own key of the data, one column per own key of the rows that
// are objects (or per name in `properties`), a Values column for rows that
// are primitives. Cells are inspected at depth 0 (-1 for objects with more
// than two keys), at most 3 array items, on one line.
var kIndexKey = '(index)';
var kValuesKey = 'Values';
var cliTable;

function isArrayLike(v) {
  return Array.isArray(v) || require('internal/util/types').isTypedArray(v);
}

function tableInspect(v) {
  var depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth: depth, maxArrayLength: 3, breakLength: Infinity });
}

Console.prototype.table = function table(tabularData, properties) {
  if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
  if (cliTable === undefined) cliTable = require('internal/cli_table');
  // (Map, Set and their iterators, which Node lays out differently, do not
  // exist in Duktape.)
  var hasOwn = Object.prototype.hasOwnProperty;
  var map = Object.create(null);
  var mapKeys = [];
  var hasPrimitives = false;
  var valuesKeyArray = [];
  var indexKeyArray = Object.keys(tabularData);
  for (var i = 0; i < indexKeyArray.length; i++) {
    var item = tabularData[indexKeyArray[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = tableInspect(item);
    } else {
      var keys = properties || Object.keys(item);
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k];
        if (map[key] === undefined) {
          map[key] = [];
          mapKeys.push(key);
        }
        if ((primitive && properties) || !hasOwn.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = tableInspect(item[key]);
        }
      }
    }
  }
  var head = [kIndexKey];
  var columns = [indexKeyArray];
  for (var m = 0; m < mapKeys.length; m++) {
    head.push(mapKeys[m]);
    columns.push(map[mapKeys[m]]);
  }
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(valuesKeyArray);
  }
  return this.log(cliTable(head, columns));
};

module.exports = { Console: Console };
