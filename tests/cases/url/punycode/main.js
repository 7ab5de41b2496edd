// The punycode module (punycode.js 2.1.0 in Node): RFC 3492 encode/decode of
// a label, toASCII/toUnicode of domains and e-mail addresses (labels split
// on '.' and its ideographic forms, no lower-casing), ucs2 helpers, and the
// RangeErrors for bad input.
var punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode).join(' '), Object.keys(punycode.ucs2).join(' '));
['ma\u00f1ana', 'b\u00fccher', '\u4e2d\u6587', '\ud83d\udca9', 'abc', '', '-> $1.00 <-',
  '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
  'Pr\u00fcfung', 'a\u00fc-b'].forEach(function (s) {
  var encoded = punycode.encode(s);
  console.log(JSON.stringify(s) + ' -> ' + JSON.stringify(encoded) + ' -> ' + JSON.stringify(punycode.decode(encoded)));
});
['Ma\u00f1ana.com', 'xn--maana-pta.com', 'user@B\u00fccher.de', 'a\u3002b\uff0ec\uff61d', 'EXAMPLE.com',
  '\u2603-\u2318.com', 'xn--n3h.com', 'XN--N3H.com'].forEach(function (d) {
  console.log(JSON.stringify(d) + ' toASCII ' + JSON.stringify(punycode.toASCII(d)) + ' toUnicode ' +
    JSON.stringify(punycode.toUnicode(d)));
});
console.log(punycode.ucs2.decode('a\ud83d\udca9\ud800'), punycode.ucs2.encode([0x1F4A9, 97, 0xD800]).length);
['\u00fc', '99999999', 'zzzzzzzzzzzz', 'a-'].forEach(function (s) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s)));
  } catch (err) {
    console.log(JSON.stringify(s), err.name, err.message);
  }
});
