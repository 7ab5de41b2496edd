'use strict';

// The querystring module (Node's lib/querystring.js): parse and stringify
// 'a=1&b=2&b=3' <-> { a: '1', b: ['2', '3'] }, and the escape/unescape
// functions they use by default.
//
// parse() returns an object with a null prototype (so a key like
// 'constructor' or '__proto__' is just a key), decodes '+' as a space and
// %XX escapes as UTF-8, and stops after maxKeys pairs (1000 by default).
// stringify() encodes everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ).

var Buffer = require('buffer').Buffer;
var internalQs = require('internal/querystring');
var encodeStr = internalQs.encodeStr;
var hexTable = internalQs.hexTable;
var isHexTable = internalQs.isHexTable;

// The value of a hex digit's char code, or -1.
function unhex(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Decodes %XX escapes (and '+' when decodeSpaces) into a Buffer of bytes;
// a '%' that does not start an escape stays a '%'. Characters are taken one
// byte each (their low byte), as Node's unescapeBuffer does.
function unescapeBuffer(s, decodeSpaces) {
  var out = Buffer.allocUnsafe(s.length);
  var index = 0;
  var outIndex = 0;
  var maxLength = s.length - 2;
  var hasHex = false;
  while (index < s.length) {
    var current = s.charCodeAt(index);
    if (current === 43 /* + */ && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (current === 37 /* % */ && index < maxLength) {
      var high = unhex(s.charCodeAt(index + 1));
      var low = high >= 0 ? unhex(s.charCodeAt(index + 2)) : -1;
      if (low >= 0) {
        hasHex = true;
        out[outIndex++] = high * 16 + low;
        index += 3;
        continue;
      }
    }
    out[outIndex++] = current;
    index++;
  }
  return hasHex ? out.slice(0, outIndex) : out;
}

// decodeURIComponent, or the byte-wise decoding when that throws (a lone
// '%', or escapes that are not UTF-8).
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

var noEscape = internalQs.makeNoEscape(internalQs.ALNUM + "!'()*-._~");

// encodeURIComponent's replacement: the same characters stay unescaped
// (A-Z a-z 0-9 - _ . ! ~ * ' ( )); a lone surrogate throws ERR_INVALID_URI.
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default encoder: finite numbers below 1e21 need no escaping
// (bigger ones print with 'e+', and the '+' does).
function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  var convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  var keys = Object.keys(obj);
  var fields = '';
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var v = obj[k];
    var ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (var j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  var ret = [];
  for (var i = 0; i < str.length; i++) ret.push(str.charCodeAt(i));
  return ret;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch (e) {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  var current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (Array.isArray(current)) {
    current.push(value);
  } else {
    obj[key] = [current, value];
  }
}

// A scanner over the string, as Node's: `sep` and `eq` may be several
// characters long; a key or value is only decoded when it holds '+' or a
// valid %XX escape (or when a custom decoder is given).
function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  var sepCodes = !sep ? [38] : charCodes(String(sep));
  var eqCodes = !eq ? [61] : charCodes(String(eq));
  var sepLen = sepCodes.length;
  var eqLen = eqCodes.length;

  var pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    // -1 counts down forever: no limit.
    pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  var decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  var customDecode = decode !== qsUnescape;

  var lastPos = 0;
  var sepIdx = 0;
  var eqIdx = 0;
  var key = '';
  var value = '';
  var keyEncoded = customDecode;
  var valEncoded = customDecode;
  var plusChar = customDecode ? '%20' : ' ';
  var encodeCheck = 0;
  for (var i = 0; i < qs.length; i++) {
    var code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        // The end of a pair.
        var end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          // No (whole) '=' in it: what there is is the key.
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty pair between two separators.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
        if (--pairs === 0) return obj;
        keyEncoded = valEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          var keyEnd = i - eqIdx + 1;
          if (lastPos < keyEnd) key += qs.slice(lastPos, keyEnd);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37 /* % */) {
          encodeCheck = 1;
          continue;
        } else if (encodeCheck > 0) {
          if (isHexTable[code] === 1) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          }
          encodeCheck = 0;
        }
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43 /* + */) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37 /* % */) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (isHexTable[code] === 1) {
          if (++encodeCheck === 3) valEncoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }

  // What is left after the last separator.
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) {
      key += qs.slice(lastPos);
    } else if (sepIdx < sepLen) {
      value += qs.slice(lastPos);
    }
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

var QueryString = module.exports = {
  unescapeBuffer: unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify: stringify,
  encode: stringify,
  parse: parse,
  decode: parse
};
