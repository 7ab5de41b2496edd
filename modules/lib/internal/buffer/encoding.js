'use strict';

// Encoding names for Buffer and string_decoder (Node's normalizeEncoding in
// lib/internal/util.js and getEncodingOps in lib/buffer.js).
//
// Two lookups, because Node has two and they differ at the edges:
//   - encodingId(name) -> the native binding's number for an encoding, or
//     undefined. It is what Buffer.from/toString/write use: the name is
//     coerced to a string ('' + name), so toString(null) is "Unknown
//     encoding: null". Exact lower-case names are tried before
//     toLowerCase(), which is the slow part.
//   - normalizeEncoding(name) -> the canonical name ('utf8', 'utf16le',
//     'latin1', 'ascii', 'base64', 'base64url', 'hex') or undefined. undefined,
//     null and '' mean utf8. Buffer.isEncoding, fill and StringDecoder use it.

// The native binding's encoding numbers: *Must* match enum Encoding in
// modules/native/buffer.cpp.
var UTF8 = 1;
var UCS2 = 2;
var LATIN1 = 3;
var ASCII = 4;
var BASE64 = 5;
var BASE64URL = 6;
var HEX = 7;

var idByName = {
  utf8: UTF8, 'utf-8': UTF8, ucs2: UCS2, 'ucs-2': UCS2, utf16le: UCS2, 'utf-16le': UCS2,
  latin1: LATIN1, binary: LATIN1, ascii: ASCII, base64: BASE64, base64url: BASE64URL, hex: HEX
};

var canonicalById = [undefined, 'utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

function encodingId(name) {
  name += '';
  if (name === 'utf8') return UTF8;
  var id = idByName[name];
  if (id !== undefined && idByName.hasOwnProperty(name)) return id;
  name = name.toLowerCase();
  if (idByName.hasOwnProperty(name)) return idByName[name];
  return undefined;
}

function normalizeEncoding(name) {
  if (name == null || name === 'utf8' || name === 'utf-8' || name === '') return 'utf8';
  if (typeof name !== 'string') return undefined;
  var id = idByName.hasOwnProperty(name) ? idByName[name] : undefined;
  if (id === undefined) {
    var lower = name.toLowerCase();
    if (idByName.hasOwnProperty(lower)) id = idByName[lower];
  }
  return id === undefined ? undefined : canonicalById[id];
}

module.exports = {
  UTF8: UTF8,
  UCS2: UCS2,
  LATIN1: LATIN1,
  ASCII: ASCII,
  BASE64: BASE64,
  BASE64URL: BASE64URL,
  HEX: HEX,
  encodingId: encodingId,
  normalizeEncoding: normalizeEncoding,
  canonicalName: function (id) { return canonicalById[id]; }
};
