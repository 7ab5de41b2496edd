'use strict';

// The punycode module (Node bundles punycode.js 2.1.0 as lib/punycode.js;
// deprecated in favour of userland packages, still a built-in in v20).
//
// encode/decode are RFC 3492 on single labels (internal/idna.js does the
// work); toASCII/toUnicode convert the labels of a domain or of the part
// after '@' of an e-mail address, splitting on '.' and its ideographic and
// full-width forms, and do no other mapping (no lower-casing, unlike the
// URL parser's domain to ASCII).

var idna = require('internal/idna');

var errorMessages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function fail(kind) {
  throw new RangeError(errorMessages[kind]);
}

function ucs2encode(codePoints) {
  for (var i = 0; i < codePoints.length; i++) {
    var cp = codePoints[i];
    if (cp !== Math.floor(cp) || cp < 0 || cp > 0x10FFFF) throw new RangeError('Invalid code point ' + cp);
  }
  return idna.ucs2encode(codePoints);
}

function decode(input) {
  return ucs2encode(idna.punycodeDecode(input, fail));
}

function encode(input) {
  return idna.punycodeEncode(idna.ucs2decode(input), fail);
}

// Applies fn to each label of a domain name or of an e-mail address's domain.
function mapDomain(domain, fn) {
  var at = domain.split('@');
  var result = '';
  if (at.length > 1) {
    result = at[0] + '@';
    domain = at[1];
  }
  var labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return result + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, function (label) {
    return /[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label;
  });
}

function toUnicode(input) {
  return mapDomain(input, function (label) {
    return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label;
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: idna.ucs2decode,
    encode: ucs2encode
  },
  decode: decode,
  encode: encode,
  toASCII: toASCII,
  toUnicode: toUnicode
};
