'use strict';

// Percent-encoding shared by querystring, url and URLSearchParams (Node's
// lib/internal/querystring.js): the '%XX' table, the hex-digit test, and
// encodeStr, which UTF-8 percent-encodes every character that a
// "no escape" table does not let through.

var ERR_INVALID_URI = require('internal/errors').registerCode('ERR_INVALID_URI', 'URI malformed',
  URIError);

// hexTable[b] is '%XX' (upper-case hex) for the byte b.
var hexTable = new Array(256);
for (var b = 0; b < 256; b++) hexTable[b] = '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

// isHexTable[c] is 1 when the char code c is a hex digit.
var isHexTable = new Array(256);
for (var c = 0; c < 256; c++) {
  isHexTable[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) ? 1 : 0;
}

// A "no escape" table from a string of the ASCII characters that stay as
// they are: table[c] is 1 for those, 0 for every other code below 128.
function makeNoEscape(chars) {
  var table = new Array(128);
  for (var i = 0; i < 128; i++) table[i] = 0;
  for (var j = 0; j < chars.length; j++) table[chars.charCodeAt(j)] = 1;
  return table;
}

var ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// Percent-encodes `str` as UTF-8, leaving the ASCII characters that
// noEscapeTable marks alone; `table` spells each byte (hexTable, or a copy
// that writes '+' for a space). A lone surrogate at the end of the string
// throws ERR_INVALID_URI, as encodeURIComponent would; one followed by
// another character is paired with it, as Node does.
function encodeStr(str, noEscapeTable, table) {
  var len = str.length;
  if (len === 0) return '';
  var out = '';
  var lastPos = 0;
  for (var i = 0; i < len; i++) {
    var code = str.charCodeAt(i);
    if (code < 0x80) {
      if (noEscapeTable[code] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += table[code];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (code < 0x800) {
      lastPos = i + 1;
      out += table[0xC0 | (code >> 6)] + table[0x80 | (code & 0x3F)];
      continue;
    }
    if (code < 0xD800 || code >= 0xE000) {
      lastPos = i + 1;
      out += table[0xE0 | (code >> 12)] + table[0x80 | ((code >> 6) & 0x3F)] +
        table[0x80 | (code & 0x3F)];
      continue;
    }
    // A surrogate: take the next unit as its pair.
    i++;
    if (i >= len) throw new ERR_INVALID_URI();
    var low = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    code = 0x10000 + (((code & 0x3FF) << 10) | low);
    out += table[0xF0 | (code >> 18)] + table[0x80 | ((code >> 12) & 0x3F)] +
      table[0x80 | ((code >> 6) & 0x3F)] + table[0x80 | (code & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

module.exports = {
  encodeStr: encodeStr,
  hexTable: hexTable,
  isHexTable: isHexTable,
  makeNoEscape: makeNoEscape,
  ALNUM: ALNUM
};
