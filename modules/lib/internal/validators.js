'use strict';

// Argument checks with Node's error codes and messages (lib/internal/validators.js).

var codes = require('internal/errors').codes;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw new ERR_OUT_OF_RANGE(name,
      (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateInteger(value, name, min, max) {
  if (min === undefined) min = Number.MIN_SAFE_INTEGER;
  if (max === undefined) max = Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateObject(value, name, options) {
  var allowArray = options && options.allowArray;
  var allowFunction = options && options.allowFunction;
  var nullable = options && options.nullable;
  if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name, minLength) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (minLength !== undefined && value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be longer than ' + minLength);
  }
}

// Anything with an `aborted` property passes, as in Node.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateOneOf(value, name, oneOf) {
  if (oneOf.indexOf(value) === -1) {
    var allowed = oneOf.map(function (v) {
      return typeof v === 'string' ? "'" + v + "'" : String(v);
    }).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

module.exports = {
  validateAbortSignal: validateAbortSignal,
  validateArray: validateArray,
  validateBoolean: validateBoolean,
  validateFunction: validateFunction,
  validateInteger: validateInteger,
  validateNumber: validateNumber,
  validateObject: validateObject,
  validateOneOf: validateOneOf,
  validateString: validateString
};
