// url.resolve(from, to), the legacy resolution a browser does for a link
// (RFC 1808 with Node's adjustments): RFC 3986's normal and abnormal
// examples, and bases with no slashes (mailto:), no protocol, or file:.
var url = require('url');
var bases = ['http://a/b/c/d;p?q', '/foo/bar/baz', 'http://example.com/b//c//d;p?q#blarg', 'mailto:local1@domain1',
  'file:///a/b', 'https://u:p@a.com:81/x/y?z', 'a/b/c'];
var refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g',
  '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '..g', './../g', 'g/./h', 'g/../h', 'http:g',
  'http://u@g', 'https:', 'local2@domain2', 'mailto:a@b', '../../../../../x'];
bases.forEach(function (base) {
  console.log(base);
  console.log('  ' + refs.map(function (ref) { return JSON.stringify(ref) + '=' + url.resolve(base, ref); }).join('\n  '));
});
console.log(url.resolveObject('http://a/b', '../c'));
console.log(url.resolveObject('', 'x'));
