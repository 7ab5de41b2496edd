// Domains of special URLs: percent-decoded, lower-cased and made ASCII with
// Punycode (RFC 3492), 'xn--' labels checked by decoding them, forbidden
// code points refused; url.domainToASCII / domainToUnicode use the same
// host parser. Non-special URLs keep an opaque host, percent-encoded.
var url = require('url');
function host(input) {
  var out;
  try {
    out = new URL(input).host;
  } catch (err) {
    out = 'fails';
  }
  console.log(JSON.stringify(input) + ' -> ' + out);
}
['EXAMPLE.COM', 'ex%41mple.com', 'ex%2Emple', 'b\u00fccher.de', 'B\u00dcCHER.de', 'm\u00fcnchen.example',
  '\u4e2d\u6587.com', '\u0444\u0443\u0442\u0431\u043e\u043b.\u0440\u0444', '\ud83d\udca9.la',
  'xn--bcher-kva.de', 'XN--BCHER-KVA.DE', 'xn--ls8h.la', 'xn--', 'xn--a', 'xn--0', 'xn--abc-',
  'a.xn--ida.b', 'stra\u00dfe.de', '\u03c2.gr', '\u0130.com', 'ex\u00adample.com', 'ex\u200bample.com',
  'example\u3002com', 'example\uff0ecom', '\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com',
  'a..b', '.', '..', 'a.', 'a%', 'a%25b', 'a%zz', 'a b', 'a#b', 'a<b', 'a>b', 'a[b', 'a]b', 'a^b',
  'a|b', 'a\\b', 'a%00b', 'a%7Fb', 'a%C3%BCb', 'a%FFb', '_under_score', 'a*b', 'a!$&\'()+,;=b',
  'ab--cd', '-lead', 'trail-', '\u00e9.\u00e9.\u00e9'].forEach(function (h) {
  host('http://' + h + '/');
});
['sc://EXAMPLE.com/', 'sc://b\u00fccher/', 'sc://a%zz/', 'sc://a%20b/', 'sc://a\u0001b/', 'sc://a!$&\'()*+,;=b/',
  'sc://a{}`"b/', 'sc://a<b/', 'sc://a^b/'].forEach(host);
['espa\u00f1ol.com', 'xn--espaol-zwa.com', 'EXAMPLE.com', '\u4e2d\u6587.com', 'xn--iñvalid.com', 'xn--a',
  '', 'a b', 'a%41', '1.2.3', '[::1]', 'a:80', 'a/b', 'stra\u00dfe.de'].forEach(function (d) {
  console.log('domainToASCII(' + JSON.stringify(d) + ') = ' + JSON.stringify(url.domainToASCII(d)) +
    ', domainToUnicode = ' + JSON.stringify(url.domainToUnicode(d)));
});
