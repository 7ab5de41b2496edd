'use strict';

// Node's error codes (lib/internal/errors.js): errors with a `code` property
// and a message built from the arguments, e.g.
//   throw new ERR_INVALID_ARG_TYPE('callback', 'Function', value);
//   -> TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of
//      type function. Received type number (42)
//
// Each code is registered once with E(code, message, Base). The message is a
// string with %s placeholders or a function of the arguments.

var codes = {};

var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
  'bigint', 'symbol'];
var classRegExp = /^([A-Z][a-z0-9]*)+$/;

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function formatList(array, type) {
  if (type === undefined) type = 'and';
  if (array.length <= 2) return array.join(' ' + type + ' ');
  return array.slice(0, -1).join(', ') + ', ' + type + ' ' + array[array.length - 1];
}

// "Received type number (42)", "Received an instance of Foo", ...
function determineSpecificType(value) {
  var inspect = lazyInspect();
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  var type = typeof value;
  switch (type) {
    case 'bigint':
      return 'type bigint (' + value + 'n)';
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return 'type number (' + inspect(value) + ')';
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return 'type symbol (' + String(value) + ')';
    case 'function':
      return 'function ' + (value.name || '');
    case 'object':
      if (value.constructor && typeof value.constructor === 'function' && value.constructor.name) {
        return 'an instance of ' + value.constructor.name;
      }
      return inspect(value, { depth: -1 });
    case 'string':
      if (value.length > 28) value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1) return "type string ('" + value + "')";
      return 'type string (' + JSON.stringify(value) + ')';
    default:
      return 'type ' + type + ' (' + inspect(value, { colors: false }) + ')';
  }
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (/ argument$/.test(name)) {
    msg += name + ' ';
  } else {
    msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
  }
  msg += 'must be ';
  var types = [];
  var instances = [];
  var other = [];
  for (var i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // Special handle `object` in case other instances are allowed to outline
  // the differences between each other.
  if (instances.length > 0) {
    var pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      var last = types.pop();
      msg += 'one of type ' + types.join(', ') + ', or ' + last;
    } else if (types.length === 2) {
      msg += 'one of type ' + types[0] + ' or ' + types[1];
    } else {
      msg += 'of type ' + types[0];
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      var lastInstance = instances.pop();
      msg += 'an instance of ' + instances.join(', ') + ', or ' + lastInstance;
    } else {
      msg += 'an instance of ' + instances[0];
      if (instances.length === 2) msg += ' or ' + instances[1];
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      var lastOther = other.pop();
      msg += 'one of ' + other.join(', ') + ', or ' + lastOther;
    } else if (other.length === 2) {
      msg += 'one of ' + other[0] + ' or ' + other[1];
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  msg += '. Received ' + determineSpecificType(actual);
  return msg;
}

function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

function makeNodeErrorWithCode(Base, key) {
  function NodeError() {
    var args = Array.prototype.slice.call(arguments);
    var message = getMessage(key, args);
    var err = new Base(message);
    Object.defineProperty(err, 'code', { value: key, enumerable: true, writable: true,
      configurable: true });
    Object.setPrototypeOf(err, NodeError.prototype);
    // "TypeError [ERR_X]: message" in the stack, as Node shows it.
    Object.defineProperty(err, 'stack', {
      value: Base.prototype.name + ' [' + key + ']: ' + message + stackTail(err.stack),
      writable: true, configurable: true, enumerable: false });
    return err;
  }
  NodeError.prototype = Object.create(Base.prototype, {
    constructor: { value: NodeError, writable: true, configurable: true },
    toString: { value: function () { return Base.prototype.name + ' [' + key + ']: ' + this.message; },
      writable: true, configurable: true }
  });
  Object.defineProperty(NodeError, 'name', { value: Base.prototype.name, configurable: true });
  return NodeError;
}

// The frames part of a stack (without its first "Name: message" line).
function stackTail(stack) {
  if (typeof stack !== 'string') return '';
  var at = stack.indexOf('\n    at ');
  return at === -1 ? '' : stack.slice(at);
}

var messages = {};

function getMessage(key, args) {
  var msg = messages[key];
  if (typeof msg === 'function') return msg.apply(null, args);
  var i = 0;
  return msg.replace(/%[sdj]/g, function (m) {
    var v = args[i++];
    if (m === '%d') return String(Number(v));
    if (m === '%j') return JSON.stringify(v);
    return String(v);
  });
}

function E(key, msg, Base) {
  messages[key] = msg;
  codes[key] = makeNodeErrorWithCode(Base, key);
}

E('ERR_ASSERTION', '%s', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', function (name) {
  if (name) return '"' + name + '" is outside of buffer bounds';
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', function (name, value, reason) {
  if (reason === undefined) reason = 'is invalid';
  var inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', function (input, name, value) {
  return 'Expected ' + input + ' to be returned from the "' + name + '" function but got ' +
    determineSpecificType(value) + '.';
}, TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', function () {
  var args = Array.prototype.slice.call(arguments).map(function (a) {
    return Array.isArray(a) ? a.map(function (x) { return '"' + x + '"'; }).join(' or ') : '"' + a + '"';
  });
  var msg = 'The ';
  if (args.length === 1) msg += args[0] + ' argument';
  else if (args.length === 2) msg += args[0] + ' and ' + args[1] + ' arguments';
  else msg += args.slice(0, -1).join(', ') + ', and ' + args[args.length - 1] + ' arguments';
  return msg + ' must be specified';
}, TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OUT_OF_RANGE', function (str, range, input, replaceDefaultBoolean) {
  var msg = replaceDefaultBoolean ? str : 'The value of "' + str + '" is out of range.';
  var received;
  if (Number.isInteger(input) && Math.abs(input) > Math.pow(2, 32)) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input) + 'n';
  } else {
    received = lazyInspect()(input);
  }
  return msg + ' It must be ' + range + '. Received ' + received;
}, RangeError);
E('ERR_UNHANDLED_ERROR', function (err) {
  var msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return msg + ' (' + lazyInspect()(err) + ')';
}, Error);
E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async ' +
  'function without a catch block, or by rejecting a promise which was not handled with ' +
  '.catch(). The promise rejected with the reason "%s".', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_NOT_SUPPORTED', '%s is not supported by tickscope (Duktape 2.7): %s', Error);

// Adds a code later (modules with codes of their own: streams, fs, ...).
function registerCode(key, msg, Base) {
  if (codes[key] === undefined) E(key, msg, Base);
  return codes[key];
}

module.exports = {
  codes: codes,
  registerCode: registerCode,
  determineSpecificType: determineSpecificType,
  formatList: formatList,
  addNumericalSeparator: addNumericalSeparator,
  stackTail: stackTail
};
