// url.parse(), the legacy parser: protocol, slashes, auth, host/port/
// hostname (lower-cased, Punycode, IPv6 brackets dropped from hostname),
// pathname/search/query/hash/path/href; parseQueryString gives a query
// object with a null prototype, slashesDenoteHost reads '//x' as a host;
// unsafe characters are escaped and backslashes before the query become '/'.
var url = require('url');
var inputs = ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM/Y', '//some_path',
  '//user@host/path', 'http:/baz/../foo/bar', 'http://x.com/path?that\'s#all, folks', 'http://x/p/"quoted"',
  'HtTp://x.y.cOm;a/b/c?d=e#f g<h>i', 'http://a@b@c/', 'http://a@b?@c', 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
  'mailto:foo@bar.com?subject=hello', 'javascript:alert(\'hello\');', 'xmpp:isaacschlueter@jabber.org',
  'file:///etc/passwd', 'file://localhost/etc/passwd', 'file://foo/etc/node/', 'svn+ssh://foo/bar',
  'dash-test:foo/bar', 'http://www.\u65e5\u672c\u8a9e.com/', 'http://example.B\u00fccher.com/', 'http://\u27a1.ws/\u27a1',
  'http://bucket_name.s3.amazonaws.com/image.jpg', 'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'http://[2001:db8::7348]:443/x', 'http://a.b/\tbc\ndr\ref g"hq\'j<kl>?mn\\op^q=r`99{st|uv}wz', 'http://a.com\\b\\c?d\\e',
  '\\\\server\\share\\x?y\\z', '  http://a.com/  ', 'www.example.com', '/p?a=b&a=c&d', '?x=1', '#frag', '',
  'http://a.com?x', 'http://A.COM:0080/', 'https://*', 'local1@domain1', 'http://a.com:bad/'];
inputs.forEach(function (input) {
  console.log(JSON.stringify(input));
  console.log(url.parse(input));
});
console.log(url.parse('http://a.com/?a=1&a=2&b&c=%20', true).query);
console.log(url.parse('/x', true).query, url.parse('/x', true).search);
console.log(url.parse('http://a.com/x', true).query);
console.log(url.parse('//host/path', false, true));
console.log(url.parse('//host/path?q=1', true, true).query);
var parsed = url.parse('http://a/');
console.log(url.parse(parsed) === parsed, parsed instanceof url.Url);
try {
  url.parse(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
