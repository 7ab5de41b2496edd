'use strict';

// Internationalized domain names: Punycode (RFC 3492) and a domain's
// ASCII and Unicode forms (Node's lib/internal/idna.js, which calls ada's
// IDNA code in C++).
//
// WHAT IS COVERED: the UTS #46 processing the URL Standard asks for
// ("domain to ASCII" with CheckHyphens off, Transitional off), done label
// by label: a label that is not ASCII becomes 'xn--' + its Punycode, and a
// label that already starts with 'xn--' must decode to a valid label.
//
// WHAT IS NOT (on purpose, to keep the tables out): the full UTS #46
// mapping table and NFC normalization. The mapping done here is
//   - lower-casing (String.prototype.toLowerCase, which knows Unicode),
//     and 'ẞ' -> 'ss',
//   - the full stops ('。', '．', '｡', '․') to '.', '‥' and '…' to dots,
//   - full-width ASCII (U+FF01..U+FF5E) and the mathematical letters and
//     digits ('𝐀' -> 'a') to ASCII, the Unicode spaces to ' ' (which then
//     fails, as a space does),
//   - dropping the code points UTS #46 ignores that appear in practice
//     (soft hyphen, zero-width space, word joiner, variation selectors, BOM),
//   - failing on the disallowed code points spoofers use (bidi and format
//     controls, tags, private use; see isDisallowed).
// Other compatibility mappings ('Ⅻ' -> 'xii', 'ﬀ' -> 'ff'), NFC ('=' with
// U+0338 -> '≠'), other disallowed or unassigned code points, the Bidi rule
// and the ContextJ rules are not applied (a ZWJ or ZWNJ fails the label, even
// after a virama).

// --- Punycode (RFC 3492 section 5 and 6) -----------------------------------------

var BASE = 36;
var TMIN = 1;
var TMAX = 26;
var SKEW = 38;
var DAMP = 700;
var INITIAL_BIAS = 72;
var INITIAL_N = 128;
var MAX_INT = 0x7FFFFFFF;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  var k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor((BASE - TMIN + 1) * delta / (delta + SKEW));
}

// The digit value 0..35 as its character: a..z then 0..9.
function digitChar(d) {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d);
}

// A character's digit value, or BASE when it is not a digit.
function digitValue(code) {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

function threshold(k, bias) {
  if (k <= bias) return TMIN;
  if (k >= bias + TMAX) return TMAX;
  return k - bias;
}

// Code points -> Punycode string (without 'xn--'), or null on overflow
// (or what fail('overflow') returns, for the punycode module's errors).
function encodeCodePoints(input, fail) {
  var output = '';
  var i;
  for (i = 0; i < input.length; i++) {
    if (input[i] < 0x80) output += String.fromCharCode(input[i]);
  }
  var basicCount = output.length;
  var handled = basicCount;
  if (basicCount > 0) output += '-';
  var n = INITIAL_N;
  var delta = 0;
  var bias = INITIAL_BIAS;
  while (handled < input.length) {
    var m = MAX_INT;
    for (i = 0; i < input.length; i++) {
      if (input[i] >= n && input[i] < m) m = input[i];
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return failWith(fail, 'overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (i = 0; i < input.length; i++) {
      var cp = input[i];
      if (cp < n && ++delta > MAX_INT) return failWith(fail, 'overflow');
      if (cp === n) {
        var q = delta;
        for (var k = BASE; ; k += BASE) {
          var t = threshold(k, bias);
          if (q < t) break;
          output += digitChar(t + (q - t) % (BASE - t));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basicCount);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

function failWith(fail, kind) {
  return fail ? fail(kind) : null;
}

// Punycode string (without 'xn--') -> code points, or null when invalid
// (or what fail(kind) returns: kind is 'not-basic', 'invalid-input' or
// 'overflow'; then code points outside Unicode scalar values pass).
function decodeToCodePoints(input, fail) {
  var output = [];
  var basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (var j = 0; j < basic; j++) {
    var code = input.charCodeAt(j);
    if (code >= 0x80) return failWith(fail, 'not-basic');
    output.push(code);
  }
  var n = INITIAL_N;
  var bias = INITIAL_BIAS;
  var i = 0;
  for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    var oldi = i;
    var w = 1;
    for (var k = BASE; ; k += BASE) {
      if (index >= input.length) return failWith(fail, 'invalid-input');
      var digit = digitValue(input.charCodeAt(index++));
      if (digit >= BASE) return failWith(fail, 'invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) return failWith(fail, 'overflow');
      i += digit * w;
      var t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return failWith(fail, 'overflow');
      w *= BASE - t;
    }
    var count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > MAX_INT - n) return failWith(fail, 'overflow');
    n += Math.floor(i / count);
    i %= count;
    if (!fail && (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))) return null;
    output.splice(i++, 0, n);
  }
  return output;
}

// --- strings and code points ---------------------------------------------------

// A string's code points (a lone surrogate stays as it is).
function ucs2decode(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      var d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoint(cp) {
  if (cp < 0x10000) return String.fromCharCode(cp);
  cp -= 0x10000;
  return String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
}

function ucs2encode(codePoints) {
  var out = '';
  for (var i = 0; i < codePoints.length; i++) out += fromCodePoint(codePoints[i]);
  return out;
}

// --- UTS #46, the part described at the top ----------------------------------

// Code points UTS #46 disallows that show up in spoofing attempts: bidi
// and other format controls, interlinear annotations, ideographic
// description characters, tags, private use.
function isDisallowed(cp) {
  return cp === 0x200E || cp === 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
    (cp >= 0x2061 && cp <= 0x206F) || (cp >= 0xFFF9 && cp <= 0xFFFD) ||
    (cp >= 0x2FF0 && cp <= 0x2FFF) || (cp >= 0xE0000 && cp <= 0xE0FFF) ||
    (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 || cp === 0x180E || cp === 0x06DD ||
    (cp >= 0xD800 && cp <= 0xDFFF);
}

// Code points whose compatibility mapping (NFKC) is something else, which
// a decoded 'xn--' label therefore may not hold: spaces, enclosed and
// squared forms, full- and half-width forms, mathematical letters.
function isCompatibilityForm(cp) {
  return cp === 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp === 0x202F || cp === 0x205F ||
    (cp >= 0x2024 && cp <= 0x2026) || (cp >= 0x2460 && cp <= 0x24FF) || cp === 0x3000 ||
    (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
    (cp >= 0x1D400 && cp <= 0x1D7FF);
}

// The ASCII a Mathematical Alphanumeric Symbol stands for ('𝐀' -> 'a'), or ''.
function mathAlphanumeric(cp) {
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {
    var letter = (cp - 0x1D400) % 52;
    return String.fromCharCode(97 + letter % 26);
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return String.fromCharCode(48 + (cp - 0x1D7CE) % 10);
  return '';
}

function isIgnored(cp) {
  return cp === 0xAD || cp === 0x34F || (cp >= 0x180B && cp <= 0x180D) || cp === 0x200B ||
    cp === 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp === 0xFEFF;
}

// Maps the domain (see the header); null when it holds a code point that
// fails the domain outright.
function mapDomain(domain) {
  var cps = ucs2decode(domain);
  var out = '';
  for (var i = 0; i < cps.length; i++) {
    var cp = cps[i];
    if (cp < 0x80) {
      out += String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
    } else if (isIgnored(cp)) {
      continue;
    } else if (cp === 0x3002 || cp === 0xFF0E || cp === 0xFF61 || cp === 0x2024) {
      out += '.';
    } else if (cp === 0x2025 || cp === 0x2026) {
      out += cp === 0x2025 ? '..' : '...';
    } else if (cp === 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp === 0x202F || cp === 0x205F ||
               cp === 0x3000) {
      out += ' ';
    } else if (cp === 0x1E9E) {
      out += 'ss';
    } else if (mathAlphanumeric(cp) !== '') {
      out += mathAlphanumeric(cp);
    } else if (isDisallowed(cp)) {
      return null;
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out += String.fromCharCode(cp - 0xFEE0).toLowerCase();
    } else if (cp === 0x200C || cp === 0x200D) {
      return null;
    } else {
      out += fromCodePoint(cp).toLowerCase();
    }
  }
  return out;
}

// Is a label (code points, already mapped) valid? It must not hold what the
// mapping would change or what UTS #46 disallows: controls, upper case, a
// '.', the replacement character, noncharacters.
function isValidLabel(cps) {
  for (var i = 0; i < cps.length; i++) {
    var cp = cps[i];
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp === 0x2E || cp === 0xFFFD ||
        (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) === 0xFFFE || isIgnored(cp) ||
        cp === 0x200C || cp === 0x200D || isDisallowed(cp) || isCompatibilityForm(cp)) {
      return false;
    }
    var ch = fromCodePoint(cp);
    if (ch.toLowerCase() !== ch) return false;
  }
  return true;
}

function startsWithAce(label) {
  return label.length >= 4 && label.slice(0, 4).toLowerCase() === 'xn--';
}

// The URL Standard's "domain to ASCII" (beStrict false): the ASCII form of
// the domain, or null when it is not a valid domain.
function toASCII(domain) {
  var mapped = mapDomain(domain);
  if (mapped === null) return null;
  var labels = mapped.split('.');
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    if (startsWithAce(label)) {
      var decoded = decodeToCodePoints(label.slice(4));
      if (decoded === null || decoded.length === 0 || !isValidLabel(decoded)) return null;
      continue;
    }
    var cps = ucs2decode(label);
    var ascii = true;
    for (var j = 0; j < cps.length; j++) {
      if (cps[j] >= 0x80) ascii = false;
    }
    if (ascii) continue;
    if (!isValidLabel(cps)) return null;
    var encoded = encodeCodePoints(cps);
    if (encoded === null) return null;
    labels[i] = 'xn--' + encoded;
  }
  return labels.join('.');
}

// The Unicode form: each 'xn--' label decoded (a label that does not decode
// stays as it is), the others mapped.
function toUnicode(domain) {
  var mapped = mapDomain(domain);
  if (mapped === null) mapped = domain;
  var labels = mapped.split('.');
  for (var i = 0; i < labels.length; i++) {
    if (!startsWithAce(labels[i])) continue;
    var decoded = decodeToCodePoints(labels[i].slice(4));
    if (decoded !== null) labels[i] = ucs2encode(decoded);
  }
  return labels.join('.');
}

module.exports = {
  toASCII: toASCII,
  toUnicode: toUnicode,
  punycodeEncode: encodeCodePoints,
  punycodeDecode: decodeToCodePoints,
  ucs2decode: ucs2decode,
  ucs2encode: ucs2encode
};
