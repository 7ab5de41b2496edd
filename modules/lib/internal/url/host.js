'use strict';

// The URL Standard's host parser and serializer
// (https://url.spec.whatwg.org/#host-parsing), which Node runs in C++ (ada).
//
// A host comes out already serialized, as the URL record keeps it:
//   '[::1]'        an IPv6 address ('[...]' input; compressed, lower-case hex)
//   '127.0.0.1'    an IPv4 address (a domain of a special URL whose last label
//                  is a number: '0x7f.1', '2130706433' and '0177.0.0.1' too)
//   'example.com'  a domain (special schemes: percent-decoded, then to ASCII)
//   'a%20b'        an opaque host (other schemes: C0 controls percent-encoded)
// or null when the input is not a valid host.

var percent = require('internal/url/percent');
var idna = require('internal/idna');

// Code points no host may hold; a domain may not hold C0 controls, '%' or
// DEL either.
var forbiddenHost = /[\u0000\t\n\r #\/:<>?@[\\\]^|]/;
var forbiddenDomain = /[\u0000-\u0020#%\/:<>?@[\\\]^|\u007f]/;

function hasForbiddenHostCodePoint(str) {
  return forbiddenHost.test(str);
}

function hasForbiddenDomainCodePoint(str) {
  return forbiddenDomain.test(str);
}

// --- IPv4 -----------------------------------------------------------------------

// One part of an IPv4 address: decimal, 0x hex or 0 octal; NaN if invalid.
function parseIPv4Number(part) {
  if (part === '') return NaN;
  var radix = 10;
  if (part.length >= 2 && part.charAt(0) === '0' && (part.charAt(1) === 'x' || part.charAt(1) === 'X')) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length >= 2 && part.charAt(0) === '0') {
    part = part.slice(1);
    radix = 8;
  }
  if (part === '') return 0;
  var valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(part)) return NaN;
  return parseInt(part, radix);
}

// Does the domain end in a number (so that it must parse as IPv4)?
function endsInANumber(domain) {
  var parts = domain.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !isNaN(parseIPv4Number(last));
}

// The address as a number, or NaN.
function parseIPv4(input) {
  var parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return NaN;
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var n = parseIPv4Number(parts[i]);
    if (isNaN(n)) return NaN;
    numbers.push(n);
  }
  for (var j = 0; j < numbers.length - 1; j++) {
    if (numbers[j] > 255) return NaN;
  }
  var last = numbers[numbers.length - 1];
  if (last >= Math.pow(256, 5 - numbers.length)) return NaN;
  var ipv4 = last;
  for (var k = 0; k < numbers.length - 1; k++) ipv4 += numbers[k] * Math.pow(256, 3 - k);
  return ipv4;
}

function serializeIPv4(address) {
  var out = [];
  for (var i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

// --- IPv6 -----------------------------------------------------------------------

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

// The eight 16-bit pieces, or null. Follows the standard's IPv6 parser step
// by step: '::' compression, and an IPv4 tail ('::ffff:1.2.3.4').
function parseIPv6(input) {
  var address = [0, 0, 0, 0, 0, 0, 0, 0];
  var pieceIndex = 0;
  var compress = null;
  var pointer = 0;
  var len = input.length;
  function at(p) {
    return p < len ? input.charCodeAt(p) : -1;
  }
  if (at(pointer) === 58 /* : */) {
    if (at(pointer + 1) !== 58) return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === 58) {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    var value = 0;
    var length = 0;
    while (length < 4 && isHex(at(pointer))) {
      value = value * 16 + parseInt(input.charAt(pointer), 16);
      pointer++;
      length++;
    }
    if (at(pointer) === 46 /* . */) {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      var numbersSeen = 0;
      while (at(pointer) !== -1) {
        var ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 46 && numbersSeen < 4) {
            pointer++;
          } else {
            return null;
          }
        }
        if (!isDigit(at(pointer))) return null;
        while (isDigit(at(pointer))) {
          var number = at(pointer) - 48;
          if (ipv4Piece === null) {
            ipv4Piece = number;
          } else if (ipv4Piece === 0) {
            return null;
          } else {
            ipv4Piece = ipv4Piece * 10 + number;
          }
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === 58) {
      pointer++;
      if (at(pointer) === -1) return null;
    } else if (at(pointer) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    var swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      var tmp = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

// '[1:0:0:2::3]': the first longest run of two or more zero pieces becomes '::'.
function serializeIPv6(address) {
  var bestStart = -1;
  var bestLen = 1;
  for (var i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    var start = i;
    while (i < 8 && address[i] === 0) i++;
    if (i - start > bestLen) {
      bestStart = start;
      bestLen = i - start;
    }
  }
  var out = '';
  var ignore0 = false;
  for (var p = 0; p < 8; p++) {
    if (ignore0 && address[p] === 0) continue;
    ignore0 = false;
    if (p === bestStart) {
      out += p === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[p].toString(16);
    if (p !== 7) out += ':';
  }
  return '[' + out + ']';
}

// --- the host parser ----------------------------------------------------------------

function parseOpaqueHost(input) {
  if (hasForbiddenHostCodePoint(input)) return null;
  return percent.encodeString(input, percent.C0_CONTROL);
}

// The serialized host, or null. isOpaque: the URL's scheme is not special.
function parseHost(input, isOpaque) {
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']') return null;
    var address = parseIPv6(input.slice(1, -1));
    return address === null ? null : serializeIPv6(address);
  }
  if (isOpaque) return parseOpaqueHost(input);
  var domain = percent.percentDecode(input);
  var asciiDomain = domainToASCII(domain);
  if (asciiDomain === null || asciiDomain === '') return null;
  if (hasForbiddenDomainCodePoint(asciiDomain)) return null;
  if (endsInANumber(asciiDomain)) {
    var ipv4 = parseIPv4(asciiDomain);
    return isNaN(ipv4) ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// Domain to ASCII: ASCII input that needs no Punycode is only lower-cased.
function domainToASCII(domain) {
  if (/^[\x00-\x7f]*$/.test(domain)) {
    var lower = domain.toLowerCase();
    if (lower.indexOf('xn--') === -1) return lower;
  }
  return idna.toASCII(domain);
}

module.exports = {
  parseHost: parseHost,
  serializeIPv6: serializeIPv6,
  parseIPv6: parseIPv6
};
