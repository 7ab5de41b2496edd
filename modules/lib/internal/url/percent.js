'use strict';

// Percent-encoding and -decoding as the URL Standard defines them
// (https://url.spec.whatwg.org/#percent-encoded-bytes).
//
// An encode set says which code points a URL component writes as %XX of
// their UTF-8 bytes. The sets nest, each the one before plus a few ASCII
// characters:
//   C0 control  C0 controls and everything above '~' (0x7E)
//   fragment    C0 control + space " < > `
//   query       C0 control + space " # < >
//   special-query  query + '          (query strings of special schemes)
//   path        query + ? ` { }
//   userinfo    path + / : ; = @ [ \ ] ^ |
//   component   userinfo + $ % & + ,
// Each set is a 128-entry table for ASCII; code points above ASCII are
// always encoded.

var hexTable = require('internal/querystring').hexTable;

function makeSet(base, chars) {
  var table = base.slice();
  for (var i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

var C0_CONTROL = [];
for (var c = 0; c < 128; c++) C0_CONTROL.push(c < 0x20 || c === 0x7F ? 1 : 0);
var FRAGMENT = makeSet(C0_CONTROL, ' "<>`');
var QUERY = makeSet(C0_CONTROL, ' "#<>');
var SPECIAL_QUERY = makeSet(QUERY, "'");
var PATH = makeSet(QUERY, '?`{}');
var USERINFO = makeSet(PATH, '/:;=@[\\]^|');
var COMPONENT = makeSet(USERINFO, '$%&+,');

// The UTF-8 bytes of one code point.
function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F),
    0x80 | (cp & 0x3F)];
}

// One code point (a number), percent-encoded if `set` holds it.
function encodeCodePoint(cp, set) {
  if (cp < 0x80 && set[cp] !== 1) return String.fromCharCode(cp);
  var bytes = utf8Bytes(cp);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += hexTable[bytes[i]];
  return out;
}

// A string's code points, a lone surrogate read as U+FFFD (the URL parser
// works on scalar values: Node encodes a lone surrogate as %EF%BF%BD).
function codePoints(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      var d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
        out.push(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
        i++;
      } else {
        out.push(0xFFFD);
      }
      continue;
    }
    out.push(c);
  }
  return out;
}

// A whole string, percent-encoded with `set` (runs of characters that stay
// are copied with one slice).
function encodeString(str, set) {
  var out = '';
  var lastPos = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.charCodeAt(i);
    if (code < 0x80 && set[code] !== 1) continue;
    if (lastPos < i) out += str.slice(lastPos, i);
    if (code < 0x80) {
      out += hexTable[code];
      lastPos = i + 1;
      continue;
    }
    var cps = codePoints(str.slice(i));
    for (var j = 0; j < cps.length; j++) out += encodeCodePoint(cps[j], set);
    return out;
  }
  return lastPos === 0 ? str : out + str.slice(lastPos);
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// The bytes of a string with its %XX escapes decoded (the string taken as
// UTF-8; a '%' that starts no escape is kept).
function percentDecodeBytes(str) {
  var bytes = [];
  var cps = codePoints(str);
  for (var i = 0; i < cps.length; i++) {
    var cp = cps[i];
    if (cp === 37 && i + 2 < cps.length) {
      var high = hexValue(cps[i + 1]);
      var low = hexValue(cps[i + 2]);
      if (high >= 0 && low >= 0) {
        bytes.push(high * 16 + low);
        i += 2;
        continue;
      }
    }
    var encoded = utf8Bytes(cp);
    for (var j = 0; j < encoded.length; j++) bytes.push(encoded[j]);
  }
  return bytes;
}

function fromCodePoint(cp) {
  if (cp < 0x10000) return String.fromCharCode(cp);
  cp -= 0x10000;
  return String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
}

// The Encoding Standard's UTF-8 decode: each maximal invalid subsequence
// becomes one U+FFFD (a BOM is kept, as "UTF-8 decode without BOM" says).
function utf8Decode(bytes) {
  var out = '';
  var needed = 0;
  var seen = 0;
  var cp = 0;
  var lower = 0x80;
  var upper = 0xBF;
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) {
        out += String.fromCharCode(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        out += '\uFFFD';
      }
      continue;
    }
    if (b < lower || b > upper) {
      // This byte ends the bad sequence and is read again on its own.
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      out += '\uFFFD';
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen === needed) {
      out += fromCodePoint(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) out += '\uFFFD';
  return out;
}

// percent-decode, then UTF-8 decode.
function percentDecode(str) {
  if (str.indexOf('%') === -1) return str;
  return utf8Decode(percentDecodeBytes(str));
}

// The string with each lone surrogate replaced by U+FFFD
// (String.prototype.toWellFormed, which Node applies to URLSearchParams
// names and values).
var surrogate = /[\uD800-\uDFFF]/;

function toWellFormed(str) {
  return surrogate.test(str) ? fromCodePoints(codePoints(str)) : str;
}

function fromCodePoints(cps) {
  var out = '';
  for (var i = 0; i < cps.length; i++) out += fromCodePoint(cps[i]);
  return out;
}

module.exports = {
  C0_CONTROL: C0_CONTROL,
  FRAGMENT: FRAGMENT,
  QUERY: QUERY,
  SPECIAL_QUERY: SPECIAL_QUERY,
  PATH: PATH,
  USERINFO: USERINFO,
  COMPONENT: COMPONENT,
  codePoints: codePoints,
  fromCodePoint: fromCodePoint,
  encodeCodePoint: encodeCodePoint,
  encodeString: encodeString,
  percentDecode: percentDecode,
  utf8Decode: utf8Decode,
  toWellFormed: toWellFormed
};
