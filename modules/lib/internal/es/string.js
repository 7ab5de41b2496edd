'use strict';

// String methods from ES2015 to ES2022 that Duktape 2.7 lacks: padStart,
// padEnd (ES2017), trimStart/trimEnd (ES2019, with the old trimLeft/
// trimRight names as aliases), replaceAll, at, matchAll, String.raw, and
// iteration by code point ([Symbol.iterator]). Not here: normalize (it
// needs the Unicode tables) and the RegExp flags y, u, s, named groups and
// lookbehind, which are the regular-expression engine's.

var util = require('internal/es/util');
var iterators = require('internal/es/iterators');

var toLength = util.toLength;
var toIntegerOrInfinity = util.toIntegerOrInfinity;

function thisString(value, name) {
  if (value === null || value === undefined) {
    throw new TypeError('String.prototype.' + name + ' called on null or undefined');
  }
  return String(value);
}

function pad(s, maxLength, fillString, atStart) {
  var length = toLength(maxLength);
  if (length <= s.length) return s;
  var filler = fillString === undefined ? ' ' : String(fillString);
  if (filler === '') return s;
  var needed = length - s.length;
  var padding = filler;
  while (padding.length < needed) padding += padding;
  padding = padding.slice(0, needed);
  return atStart ? padding + s : s + padding;
}

function padStart(maxLength) {
  return pad(thisString(this, 'padStart'), maxLength, arguments[1], true);
}

function padEnd(maxLength) {
  return pad(thisString(this, 'padEnd'), maxLength, arguments[1], false);
}

// The whitespace String.prototype.trim removes (ES WhiteSpace and
// LineTerminator).
var kLeading = /^[\s\uFEFF\xA0]+/;
var kTrailing = /[\s\uFEFF\xA0]+$/;

function trimStart() {
  return thisString(this, 'trimStart').replace(kLeading, '');
}

function trimEnd() {
  return thisString(this, 'trimEnd').replace(kTrailing, '');
}

function at(index) {
  var s = thisString(this, 'at');
  var k = toIntegerOrInfinity(index);
  if (k < 0) k += s.length;
  return k < 0 || k >= s.length ? undefined : s.charAt(k);
}

function isRegExp(value) {
  return Object.prototype.toString.call(value) === '[object RegExp]';
}

// GetSubstitution (ES 22.1.3.19.1) for a string search: $$, $&, $`, $'.
function substitute(matched, position, string, replacement) {
  return replacement.replace(/\$([$&`']|\d\d?|<)/g, function (all, token) {
    if (token === '$') return '$';
    if (token === '&') return matched;
    if (token === '`') return string.slice(0, position);
    if (token === '\'') return string.slice(position + matched.length);
    return all;  // $1, $<name>: no captures in a string search
  });
}

function replaceAll(searchValue, replaceValue) {
  var s = thisString(this, 'replaceAll');
  if (isRegExp(searchValue)) {
    if (String(searchValue.flags !== undefined ? searchValue.flags : '').indexOf('g') === -1 &&
        !searchValue.global) {
      throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
    }
    return s.replace(searchValue, replaceValue);
  }
  var search = String(searchValue);
  var functional = typeof replaceValue === 'function';
  var replacement = functional ? null : String(replaceValue);
  var positions = [];
  var advance = Math.max(1, search.length);
  var position = s.indexOf(search, 0);
  while (position !== -1) {
    positions.push(position);
    // indexOf clamps its start to the length; the spec's search does not.
    position = position + advance > s.length ? -1 : s.indexOf(search, position + advance);
  }
  var end = 0;
  var out = '';
  for (var i = 0; i < positions.length; i++) {
    var p = positions[i];
    out += s.slice(end, p);
    out += functional ? String(replaceValue(search, p, s)) : substitute(search, p, s, replacement);
    end = p + search.length;
  }
  return out + s.slice(end);
}

function matchAll(regexp) {
  var s = thisString(this, 'matchAll');
  var flags;
  var source;
  if (isRegExp(regexp)) {
    flags = regexp.flags !== undefined ? String(regexp.flags) :
      (regexp.global ? 'g' : '') + (regexp.ignoreCase ? 'i' : '') + (regexp.multiline ? 'm' : '');
    if (flags.indexOf('g') === -1) {
      throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
    }
    source = regexp;
  } else {
    flags = 'g';
    source = regexp === undefined ? '(?:)' : String(regexp);
  }
  var matcher = new RegExp(isRegExp(source) ? source.source : source, flags);
  matcher.lastIndex = isRegExp(regexp) ? toLength(regexp.lastIndex) : 0;
  return iterators.createRegExpStringIterator(matcher, s, flags.indexOf('g') !== -1);
}

function stringIterator() {
  return iterators.createStringIterator(thisString(this, '[Symbol.iterator]'));
}
Object.defineProperty(stringIterator, 'name', { value: '[Symbol.iterator]' });

function raw(template) {
  var cooked = Object(template);
  var strings = Object(cooked.raw);
  var count = toLength(strings.length);
  var out = '';
  for (var i = 0; i < count; i++) {
    out += String(strings[i]);
    if (i + 1 < count && i + 1 < arguments.length) out += String(arguments[i + 1]);
  }
  return out;
}

function install() {
  util.defineMissing(String.prototype, [padStart, padEnd, trimStart, trimEnd, at, replaceAll,
    matchAll]);
  util.define(String.prototype, 'trimLeft', String.prototype.trimStart);
  util.define(String.prototype, 'trimRight', String.prototype.trimEnd);
  util.define(String.prototype, Symbol.iterator, stringIterator);
  util.defineMissing(String, [raw]);
}

module.exports = { install: install };
