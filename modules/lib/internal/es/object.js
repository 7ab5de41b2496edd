'use strict';

// Object.entries, values (ES2017), fromEntries (ES2019),
// getOwnPropertyDescriptors (ES2017) and hasOwn (ES2022), which Duktape 2.7
// lacks.

var util = require('internal/es/util');
var iterators = require('internal/es/iterators');

var hasOwnProperty = Object.prototype.hasOwnProperty;
var propertyIsEnumerable = Object.prototype.propertyIsEnumerable;

function toObject(value) {
  if (value === null || value === undefined) throw new TypeError('Cannot convert undefined or null to object');
  return Object(value);
}

function entries(o) {
  var object = toObject(o);
  var keys = Object.keys(object);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    // A getter run earlier may have deleted a later key: skip it, as the spec does.
    if (propertyIsEnumerable.call(object, keys[i])) out.push([keys[i], object[keys[i]]]);
  }
  return out;
}

function values(o) {
  var object = toObject(o);
  var keys = Object.keys(object);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (propertyIsEnumerable.call(object, keys[i])) out.push(object[keys[i]]);
  }
  return out;
}

function fromEntries(iterable) {
  if (iterable === null || iterable === undefined) {
    throw new TypeError(String(iterable) + ' is not iterable');
  }
  var out = {};
  iterators.forOf(iterable, function (entry) {
    if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function')) {
      throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
    }
    Object.defineProperty(out, entry[0], { value: entry[1], writable: true, enumerable: true,
      configurable: true });
  });
  return out;
}

function getOwnPropertyDescriptors(o) {
  var object = toObject(o);
  var keys = Reflect.ownKeys(object);
  var out = {};
  for (var i = 0; i < keys.length; i++) {
    var descriptor = Object.getOwnPropertyDescriptor(object, keys[i]);
    if (descriptor !== undefined) out[keys[i]] = descriptor;
  }
  return out;
}

function hasOwn(o, key) {
  return hasOwnProperty.call(toObject(o), key);
}

function install() {
  util.defineMissing(Object, [entries, values, fromEntries, getOwnPropertyDescriptors, hasOwn]);
}

module.exports = { install: install };
