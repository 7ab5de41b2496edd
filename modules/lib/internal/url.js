'use strict';

// The WHATWG URL API (Node's lib/internal/url.js): the URL and
// URLSearchParams classes, and the helpers built on them (fileURLToPath,
// pathToFileURL, urlToHttpOptions, domainToASCII/Unicode).
//
// A URL object keeps a URL record (internal/url/parser.js) under a symbol;
// every getter serializes a piece of it and every setter runs the parser on
// it with a state override, as the URL Standard describes. Node keeps an
// href string with offsets instead (ada's url_aggregator); the values seen
// from JS are the same.
//
// url.searchParams is made on first use and stays tied to its URL: changing
// the params rewrites url.search (a list that becomes empty removes the
// '?'), and setting url.search or url.href re-reads the params.

var inspectModule = require('internal/util/inspect');
var inspect = inspectModule.inspect;
var removeColors = inspectModule.removeColors;
var errors = require('internal/errors');
var codes = errors.codes;
var validateFunction = require('internal/validators').validateFunction;
var collections = require('internal/collections');
var querystring = require('querystring');
var internalQs = require('internal/querystring');
var parser = require('internal/url/parser');
var percent = require('internal/url/percent');
var idna = require('internal/idna');
var pathModule = require('path');

var URLRecord = parser.URLRecord;
var states = parser.states;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_INVALID_THIS = codes.ERR_INVALID_THIS;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_ARG_NOT_ITERABLE = errors.registerCode('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
var ERR_INVALID_TUPLE = errors.registerCode('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple',
  TypeError);
var ERR_INVALID_URL = errors.registerCode('ERR_INVALID_URL', 'Invalid URL', TypeError);
var ERR_INVALID_URL_SCHEME = errors.registerCode('ERR_INVALID_URL_SCHEME', function (expected) {
  if (typeof expected === 'string') expected = [expected];
  return 'The URL must be ' + (expected.length === 2 ?
    'one of scheme ' + expected[0] + ' or ' + expected[1] : 'of scheme ' + expected[0]);
}, TypeError);
var ERR_INVALID_FILE_URL_HOST = errors.registerCode('ERR_INVALID_FILE_URL_HOST',
  'File URL host must be "localhost" or empty on %s', TypeError);
var ERR_INVALID_FILE_URL_PATH = errors.registerCode('ERR_INVALID_FILE_URL_PATH', 'File URL path %s',
  TypeError);

var SymbolIterator = Symbol.iterator;
var kContext = Symbol('context');
var kSearchParams = Symbol('query');
var kList = Symbol('list');
var kUrl = Symbol('url');
var kTarget = Symbol('target');
var kKind = Symbol('kind');
var kIndex = Symbol('index');

// `${value}`: ToString, which refuses a symbol.
function toStr(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return String(value);
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true });
}

// Methods and accessors as Web IDL defines them: enumerable on the prototype.
function defineMethod(proto, name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

function defineAccessor(proto, name, get, set) {
  Object.defineProperty(get, 'name', { value: 'get ' + name });
  var desc = { get: get, enumerable: true, configurable: true };
  if (set !== undefined) {
    Object.defineProperty(set, 'name', { value: 'set ' + name });
    desc.set = set;
  }
  Object.defineProperty(proto, name, desc);
}

function defineTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// The nearest constructor on the prototype chain (Node's getConstructorOf).
function getConstructorOf(obj) {
  while (obj) {
    var desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// The options for inspecting what a custom inspect function shows, one
// level deeper.
function innerOptions(recurseTimes, ctx) {
  var inner = {};
  var keys = Object.keys(ctx);
  for (var i = 0; i < keys.length; i++) inner[keys[i]] = ctx[keys[i]];
  if (recurseTimes !== null) inner.depth = recurseTimes - 1;
  return inner;
}

// --- application/x-www-form-urlencoded -------------------------------------------

// 'a=1&b=%20+' -> ['a', '1', 'b', '  ']: names and values side by side. A
// name or value is only decoded when it holds a valid %XX, and then as
// Node does (querystring.unescape: decodeURIComponent, or byte by byte).
function parseParams(qs) {
  var out = [];
  var start = qs.charAt(0) === '?' ? 1 : 0;
  var pairs = qs.slice(start).split('&');
  for (var i = 0; i < pairs.length; i++) {
    var pair = pairs[i];
    if (pair === '') continue;
    var eq = pair.indexOf('=');
    var name = eq === -1 ? pair : pair.slice(0, eq);
    var value = eq === -1 ? '' : pair.slice(eq + 1);
    out.push(decodeParam(name), decodeParam(value));
  }
  return out;
}

var validEscape = /%[0-9a-fA-F]{2}/;

function decodeParam(str) {
  if (str.indexOf('+') !== -1) str = str.replace(/\+/g, ' ');
  if (!validEscape.test(str)) return str;
  return querystring.unescape(str);
}

// Everything but A-Z a-z 0-9 * - . _ is escaped; a space becomes '+'.
var formNoEscape = internalQs.makeNoEscape(internalQs.ALNUM + '*-._');
var formHexTable = internalQs.hexTable.slice();
formHexTable[0x20] = '+';

function serializeParams(list) {
  var out = '';
  for (var i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += internalQs.encodeStr(list[i], formNoEscape, formHexTable) + '=' +
      internalQs.encodeStr(list[i + 1], formNoEscape, formHexTable);
  }
  return out;
}

// A stable sort of the pairs by name, in UTF-16 code unit order.
function sortPairs(list) {
  var pairs = [];
  for (var i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
  pairs.sort(function (a, b) {
    if (a[0] < b[0]) return -1;
    if (a[0] > b[0]) return 1;
    return a[2] - b[2];
  });
  for (var j = 0; j < pairs.length; j++) {
    list[2 * j] = pairs[j][0];
    list[2 * j + 1] = pairs[j][1];
  }
}

// --- URLSearchParams ----------------------------------------------------------------

function isSearchParams(value) {
  return value !== null && typeof value === 'object' && Array.isArray(value[kList]);
}

function checkParams(self) {
  if (!isSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

// Can `value` be iterated (it has Symbol.iterator, or it is one of what
// V8 iterates natively but Duktape has no iterator for)?
function isIterableObject(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) ||
    Object.prototype.toString.call(value) === '[object Arguments]';
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  var list = [];
  if (init === null || init === undefined) {
    // Nothing to add.
  } else if (typeof init === 'object' || typeof init === 'function') {
    var method = init[SymbolIterator];
    if (method === URLSearchParams.prototype[SymbolIterator] && isSearchParams(init)) {
      list = init[kList].slice();
    } else if (method !== null && method !== undefined || isIterableObject(init)) {
      // A sequence of [name, value] pairs.
      if (method !== null && method !== undefined && typeof method !== 'function') {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      }
      collections.iterate(init, function (pair) {
        addPair(list, pair);
      });
    } else {
      // A record: its own enumerable keys, a later key that is the same
      // string once well-formed replacing the value of the earlier one.
      var keys = Reflect.ownKeys(init);
      var seen = Object.create(null);
      for (var i = 0; i < keys.length; i++) {
        var desc = Object.getOwnPropertyDescriptor(init, keys[i]);
        if (desc === undefined || !desc.enumerable) continue;
        var key = percent.toWellFormed(toStr(keys[i]));
        var value = percent.toWellFormed(toStr(init[keys[i]]));
        if (seen[key] !== undefined) {
          list[seen[key]] = value;
        } else {
          list.push(key, value);
          seen[key] = list.length - 1;
        }
      }
    }
  } else {
    init = percent.toWellFormed(toStr(init));
    if (init !== '') list = parseParams(init);
  }
  defineHidden(this, kList, list);
  defineHidden(this, kUrl, null);
}

function addPair(list, pair) {
  if (pair === null || pair === undefined) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
  if (Array.isArray(pair)) {
    if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    list.push(percent.toWellFormed(toStr(pair[0])), percent.toWellFormed(toStr(pair[1])));
    return;
  }
  if ((typeof pair !== 'object' && typeof pair !== 'function') ||
      (typeof pair[SymbolIterator] !== 'function' && !isIterableObject(pair))) {
    throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
  }
  var length = 0;
  collections.iterate(pair, function (element) {
    length++;
    list.push(percent.toWellFormed(toStr(element)));
  });
  if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
}

// The URL Standard's "update steps": the params changed, so the URL's query
// is their serialization (none when there are no params).
function updateUrl(params) {
  var url = params[kUrl];
  if (url === null) return;
  var record = url[kContext];
  var serialized = serializeParams(params[kList]);
  record.query = serialized === '' ? null : serialized;
  if (record.query === null) parser.stripTrailingSpacesFromOpaquePath(record);
}

var paramsProto = URLSearchParams.prototype;

defineAccessor(paramsProto, 'size', function () {
  checkParams(this);
  return this[kList].length / 2;
});

defineMethod(paramsProto, 'append', function append(name, value) {
  checkParams(this);
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
  this[kList].push(percent.toWellFormed(toStr(name)), percent.toWellFormed(toStr(value)));
  updateUrl(this);
});

defineMethod(paramsProto, 'delete', function (name, value) {
  checkParams(this);
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
  var list = this[kList];
  name = percent.toWellFormed(toStr(name));
  if (value !== undefined) value = percent.toWellFormed(toStr(value));
  for (var i = 0; i < list.length;) {
    if (list[i] === name && (value === undefined || list[i + 1] === value)) {
      list.splice(i, 2);
    } else {
      i += 2;
    }
  }
  updateUrl(this);
});
Object.defineProperty(paramsProto['delete'], 'name', { value: 'delete' });

defineMethod(paramsProto, 'get', function get(name) {
  checkParams(this);
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
  var list = this[kList];
  name = percent.toWellFormed(toStr(name));
  for (var i = 0; i < list.length; i += 2) {
    if (list[i] === name) return list[i + 1];
  }
  return null;
});

defineMethod(paramsProto, 'getAll', function getAll(name) {
  checkParams(this);
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
  var list = this[kList];
  var values = [];
  name = percent.toWellFormed(toStr(name));
  for (var i = 0; i < list.length; i += 2) {
    if (list[i] === name) values.push(list[i + 1]);
  }
  return values;
});

defineMethod(paramsProto, 'has', function has(name, value) {
  checkParams(this);
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
  var list = this[kList];
  name = percent.toWellFormed(toStr(name));
  if (value !== undefined) value = percent.toWellFormed(toStr(value));
  for (var i = 0; i < list.length; i += 2) {
    if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
  }
  return false;
});

// The first pair named `name` gets the value, the others go; no such pair:
// one is appended.
defineMethod(paramsProto, 'set', function set(name, value) {
  checkParams(this);
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
  var list = this[kList];
  name = percent.toWellFormed(toStr(name));
  value = percent.toWellFormed(toStr(value));
  var found = false;
  for (var i = 0; i < list.length;) {
    if (list[i] !== name) {
      i += 2;
    } else if (!found) {
      list[i + 1] = value;
      found = true;
      i += 2;
    } else {
      list.splice(i, 2);
    }
  }
  if (!found) list.push(name, value);
  updateUrl(this);
});

defineMethod(paramsProto, 'sort', function sort() {
  checkParams(this);
  sortPairs(this[kList]);
  updateUrl(this);
});

defineMethod(paramsProto, 'entries', function entries() {
  checkParams(this);
  return new URLSearchParamsIterator(this, 'key+value');
});

// The callback sees (value, name, params); a pair added while it runs is
// visited too.
defineMethod(paramsProto, 'forEach', function forEach(callback, thisArg) {
  checkParams(this);
  validateFunction(callback, 'callback');
  for (var i = 0; i < this[kList].length; i += 2) {
    var list = this[kList];
    callback.call(thisArg, list[i + 1], list[i], this);
  }
});

defineMethod(paramsProto, 'keys', function keys() {
  checkParams(this);
  return new URLSearchParamsIterator(this, 'key');
});

defineMethod(paramsProto, 'values', function values() {
  checkParams(this);
  return new URLSearchParamsIterator(this, 'value');
});

defineMethod(paramsProto, 'toString', function toString() {
  checkParams(this);
  return serializeParams(this[kList]);
});

defineTag(paramsProto, 'URLSearchParams');
Object.defineProperty(paramsProto, SymbolIterator, { value: paramsProto.entries, writable: true,
  configurable: true });

// URLSearchParams { 'a' => '1', 'b' => '2' }, on several lines past breakLength.
Object.defineProperty(paramsProto, inspect.custom, { writable: true, configurable: true,
  value: function (recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    var innerOpts = innerOptions(recurseTimes, ctx);
    var list = this[kList];
    var output = [];
    var length = -2;
    for (var i = 0; i < list.length; i += 2) {
      var entry = inspect(list[i], innerOpts) + ' => ' + inspect(list[i + 1], innerOpts);
      output.push(entry);
      length += removeColors(entry).length + 2;
    }
    var name = this.constructor.name;
    if (length > ctx.breakLength) return name + ' {\n  ' + output.join(',\n  ') + ' }';
    if (output.length) return name + ' { ' + output.join(', ') + ' }';
    return name + ' {}';
  }
});

// --- URLSearchParams Iterator ---------------------------------------------------------

// Iterators walk the live list: pairs added later are seen.
function URLSearchParamsIterator(target, kind) {
  defineHidden(this, kTarget, target);
  defineHidden(this, kKind, kind);
  defineHidden(this, kIndex, 0);
}

var iteratorProto = Object.create(collections.IteratorPrototype);
URLSearchParamsIterator.prototype = iteratorProto;

function checkIterator(self) {
  if (self === null || typeof self !== 'object' || !isSearchParams(self[kTarget])) {
    throw new ERR_INVALID_THIS('URLSearchParamsIterator');
  }
}

defineMethod(iteratorProto, 'next', function next() {
  checkIterator(this);
  var index = this[kIndex];
  var values = this[kTarget][kList];
  if (index >= values.length) return { value: undefined, done: true };
  this[kIndex] = index + 2;
  var result;
  if (this[kKind] === 'key') {
    result = values[index];
  } else if (this[kKind] === 'value') {
    result = values[index + 1];
  } else {
    result = [values[index], values[index + 1]];
  }
  return { value: result, done: false };
});

defineTag(iteratorProto, 'URLSearchParams Iterator');

// URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }: what is still to come.
Object.defineProperty(iteratorProto, inspect.custom, { writable: true, configurable: true,
  value: function (recurseTimes, ctx) {
    checkIterator(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    var innerOpts = innerOptions(recurseTimes, ctx);
    var index = this[kIndex];
    var values = this[kTarget][kList];
    var kind = this[kKind];
    var output = [];
    for (var i = index; i < values.length; i += 2) {
      if (kind === 'key') {
        output.push(values[i]);
      } else if (kind === 'value') {
        output.push(values[i + 1]);
      } else {
        output.push([values[i], values[i + 1]]);
      }
    }
    var breakLn = inspect(output, innerOpts).indexOf('\n') !== -1;
    var strs = output.map(function (p) { return inspect(p, innerOpts); });
    var body = breakLn ? '\n  ' + strs.join(',\n  ') : ' ' + strs.join(', ');
    return 'URLSearchParams Iterator {' + body + ' }';
  }
});

// --- URL --------------------------------------------------------------------------------

// The URL record of `input` against `base` (a string or undefined), or null.
function parseWithBase(input, base) {
  var baseRecord = null;
  if (base !== undefined) {
    baseRecord = parser.parse(base, null);
    if (baseRecord === null) return null;
  }
  return parser.parse(input, baseRecord);
}

function URL(input, base) {
  if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  input = toStr(input);
  if (base !== undefined) base = toStr(base);
  var record = parseWithBase(input, base);
  if (record === null) {
    // A plain TypeError with the code, input and base as properties (Node
    // throws it from C++), made here so that the stack starts at URL.
    var err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    if (base !== undefined) err.base = base;
    throw err;
  }
  defineHidden(this, kContext, record);
  defineHidden(this, kSearchParams, null);
}

function contextOf(self) {
  var record = self !== null && self !== undefined ? self[kContext] : undefined;
  if (!(record instanceof URLRecord)) throw new ERR_INVALID_THIS('URL');
  return record;
}

// The query changed under the URL (href or search set): the params follow.
function resetSearchParams(self) {
  var params = self[kSearchParams];
  if (params === null) return;
  var query = self[kContext].query;
  // parseParams drops one leading '?': the one search adds, not the query's.
  params[kList] = query === null || query === '' ? [] : parseParams('?' + query);
}

var urlProto = URL.prototype;

defineMethod(urlProto, 'toString', function toString() {
  return parser.serialize(contextOf(this), false);
});

defineAccessor(urlProto, 'href', function () {
  return parser.serialize(contextOf(this), false);
}, function (value) {
  contextOf(this);
  value = toStr(value);
  var record = parser.parse(value, null);
  if (record === null) {
    var err = new ERR_INVALID_URL();
    err.input = value;
    throw err;
  }
  this[kContext] = record;
  resetSearchParams(this);
});

defineAccessor(urlProto, 'origin', function () {
  return parser.serializeOrigin(contextOf(this));
});

defineAccessor(urlProto, 'protocol', function () {
  return contextOf(this).scheme + ':';
}, function (value) {
  parser.parse(toStr(value) + ':', null, contextOf(this), states.SCHEME_START);
});

defineAccessor(urlProto, 'username', function () {
  return contextOf(this).username;
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (record.cannotHaveCredentialsOrPort()) return;
  record.username = percent.encodeString(value, percent.USERINFO);
});

defineAccessor(urlProto, 'password', function () {
  return contextOf(this).password;
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (record.cannotHaveCredentialsOrPort()) return;
  record.password = percent.encodeString(value, percent.USERINFO);
});

defineAccessor(urlProto, 'host', function () {
  var record = contextOf(this);
  // An empty host reads as '' even with a port (Node's getter).
  if (record.host === null || record.host === '') return '';
  return record.port === null ? record.host : record.host + ':' + record.port;
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (record.hasOpaquePath()) return;
  parser.parse(value, null, record, states.HOST);
});

defineAccessor(urlProto, 'hostname', function () {
  var record = contextOf(this);
  return record.host === null ? '' : record.host;
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (record.hasOpaquePath()) return;
  parser.parse(value, null, record, states.HOSTNAME);
});

defineAccessor(urlProto, 'port', function () {
  var record = contextOf(this);
  return record.port === null ? '' : String(record.port);
}, function (value) {
  var record = contextOf(this);
  // Node (ada) drops tabs and newlines before it looks for '' (so '\t'
  // removes the port, where the standard leaves it).
  value = toStr(value).replace(/[\t\n\r]/g, '');
  if (record.cannotHaveCredentialsOrPort()) return;
  if (value === '') {
    record.port = null;
  } else {
    parser.parse(value, null, record, states.PORT);
  }
});

defineAccessor(urlProto, 'pathname', function () {
  return parser.serializePath(contextOf(this));
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (record.hasOpaquePath()) return;
  record.path = [];
  parser.parse(value, null, record, states.PATH_START);
});

defineAccessor(urlProto, 'search', function () {
  var query = contextOf(this).query;
  return query === null || query === '' ? '' : '?' + query;
}, function (value) {
  var record = contextOf(this);
  value = percent.toWellFormed(toStr(value));
  if (value === '') {
    record.query = null;
    parser.stripTrailingSpacesFromOpaquePath(record);
  } else {
    if (value.charAt(0) === '?') value = value.slice(1);
    record.query = '';
    parser.parse(value, null, record, states.QUERY);
  }
  resetSearchParams(this);
});

defineAccessor(urlProto, 'searchParams', function () {
  contextOf(this);
  var params = this[kSearchParams];
  if (params === null) {
    params = new URLSearchParams(this.search);
    params[kUrl] = this;
    this[kSearchParams] = params;
  }
  return params;
});

defineAccessor(urlProto, 'hash', function () {
  var fragment = contextOf(this).fragment;
  return fragment === null || fragment === '' ? '' : '#' + fragment;
}, function (value) {
  var record = contextOf(this);
  value = toStr(value);
  if (value === '') {
    record.fragment = null;
    parser.stripTrailingSpacesFromOpaquePath(record);
    return;
  }
  if (value.charAt(0) === '#') value = value.slice(1);
  record.fragment = '';
  parser.parse(value, null, record, states.FRAGMENT);
});

defineMethod(urlProto, 'toJSON', function toJSON() {
  return parser.serialize(contextOf(this), false);
});

defineTag(urlProto, 'URL');

// URL { href: ..., origin: ..., ... }: the getters' values, as a plain
// object inspected with the same options; too deep, the bare object
// (which prints as 'URL {}').
Object.defineProperty(urlProto, inspect.custom, { writable: true, configurable: true,
  value: function (depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    var ctor = getConstructorOf(this) || URL;
    var obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return ctor.name + ' ' + inspect(obj, opts);
  }
});

function canParse(url, base) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  url = toStr(url);
  if (base !== undefined) base = toStr(base);
  return parseWithBase(url, base) !== null;
}

// URL.parse(): new URL(), or null instead of the error.
function parse(input, base) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  try {
    return base === undefined ? new URL(input) : new URL(input, base);
  } catch (err) {
    if (err && err.code === 'ERR_INVALID_URL') return null;
    throw err;
  }
}

// tickscope has no Blob, so no value is one: createObjectURL throws as
// Node does for a non-Blob, and revokeObjectURL has nothing to revoke.
function createObjectURL(obj) {
  throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
}

[parse, canParse, createObjectURL, revokeObjectURL].forEach(function (fn) {
  Object.defineProperty(URL, fn.name, { value: fn, writable: true, enumerable: true, configurable: true });
});
// Web IDL lengths: the number of required arguments.
Object.defineProperty(URL, 'length', { value: 1 });
Object.defineProperty(URLSearchParams, 'length', { value: 0 });

// --- helpers on URLs --------------------------------------------------------------------

// Does `self` look like a WHATWG URL (not a legacy url.parse() object)?
function isURL(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined &&
    self.path === undefined);
}

// A record with a special scheme to parse a domain in, as Node does with
// 'ws://x' and the hostname setter.
function parseDomain(domain) {
  var record = parser.parse('ws://x', null);
  if (parser.parse(domain, null, record, states.HOSTNAME) === null) return '';
  return record.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return parseDomain(toStr(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  var ascii = parseDomain(toStr(domain));
  return ascii === '' ? '' : idna.toUnicode(ascii);
}

// A URL as the options object http.request() takes (null prototype).
function urlToHttpOptions(url) {
  var options = Object.create(null);
  var keys = Object.keys(url);
  for (var i = 0; i < keys.length; i++) options[keys[i]] = url[keys[i]];
  var hostname = url.hostname;
  var pathname = url.pathname;
  var search = url.search;
  options.protocol = url.protocol;
  options.hostname = hostname && hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = url.hash;
  options.search = search;
  options.pathname = pathname;
  options.path = (pathname || '') + (search || '');
  options.href = url.href;
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  }
  return options;
}

function getPathFromURLWin32(url) {
  var hostname = url.hostname;
  var pathname = url.pathname;
  for (var n = 0; n < pathname.length; n++) {
    if (pathname.charAt(n) === '%') {
      var third = pathname.charCodeAt(n + 2) | 0x20;
      if ((pathname.charAt(n + 1) === '2' && third === 102) || (pathname.charAt(n + 1) === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return '\\\\' + domainToUnicode(hostname) + pathname;
  var letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname.charAt(2) !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  var pathname = url.pathname;
  for (var n = 0; n < pathname.length; n++) {
    if (pathname.charAt(n) === '%') {
      var third = pathname.charCodeAt(n + 2) | 0x20;
      if (pathname.charAt(n + 1) === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options) {
  var windows = options !== null && options !== undefined ? options.windows : undefined;
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  var useWindows = windows === null || windows === undefined ? process.platform === 'win32' : windows;
  return useWindows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// The characters a file path may hold that a URL path would read otherwise.
var pathCharEscapes = [
  [/%/g, '%25'], [/\t/g, '%09'], [/\n/g, '%0A'], [/\r/g, '%0D'], [/ /g, '%20'], [/"/g, '%22'],
  [/#/g, '%23'], [/\?/g, '%3F'], [/\[/g, '%5B'], [/\\/g, '%5C'], [/]/g, '%5D'], [/\^/g, '%5E'],
  [/\|/g, '%7C'], [/~/g, '%7E']
];

function encodePathChars(filepath, windows) {
  for (var i = 0; i < pathCharEscapes.length; i++) {
    // On Windows a backslash is a separator, not a character to keep.
    if (windows && pathCharEscapes[i][1] === '%5C') continue;
    if (pathCharEscapes[i][0].test(filepath)) {
      filepath = filepath.replace(pathCharEscapes[i][0], pathCharEscapes[i][1]);
    }
  }
  return filepath;
}

function pathToFileURL(filepath, options) {
  var windows = options !== null && options !== undefined && options.windows !== null &&
    options.windows !== undefined ? options.windows : process.platform === 'win32';
  if (windows && filepath.slice(0, 2) === '\\\\') {
    // A UNC path: \\server\share\resource (or \\?\UNC\server\share\...).
    var outURL = new URL('file://');
    var prefixLength = filepath.slice(0, 8) === '\\\\?\\UNC\\' ? 8 : 2;
    var hostnameEnd = filepath.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostnameEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    outURL.hostname = domainToASCII(filepath.slice(prefixLength, hostnameEnd));
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), windows);
    return outURL;
  }
  var resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  // resolve() drops a trailing slash, which says "directory": put it back.
  var last = filepath.charAt(filepath.length - 1);
  if ((last === '/' || (windows && last === '\\')) && resolved.charAt(resolved.length - 1) !== pathModule.sep) {
    resolved += '/';
  }
  return new URL('file://' + encodePathChars(resolved, windows));
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// url.format(URL, options): the href with the parts the options leave out.
function formatURL(url, fragment, unicode, search, auth) {
  var record = parser.parse(url.href, null).clone();
  if (!fragment) record.fragment = null;
  if (unicode && record.host !== null) record.host = idna.toUnicode(record.host);
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  return parser.serialize(record, false);
}

// Protocols for url.parse(): those whose URLs may hold unsafe characters,
// those with no host, and those that always have '//'.
var unsafeProtocol = { 'javascript': true, 'javascript:': true };
var hostlessProtocol = { 'javascript': true, 'javascript:': true };
var slashedProtocol = {
  'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true, 'ftp:': true,
  'gopher': true, 'gopher:': true, 'file': true, 'file:': true, 'ws': true, 'ws:': true,
  'wss': true, 'wss:': true
};

module.exports = {
  fileURLToPath: fileURLToPath,
  pathToFileURL: pathToFileURL,
  toPathIfFileURL: toPathIfFileURL,
  URL: URL,
  URLSearchParams: URLSearchParams,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  urlToHttpOptions: urlToHttpOptions,
  encodeStr: internalQs.encodeStr,
  isURL: isURL,
  formatURL: formatURL,
  unsafeProtocol: unsafeProtocol,
  hostlessProtocol: hostlessProtocol,
  slashedProtocol: slashedProtocol
};
