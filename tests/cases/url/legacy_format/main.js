// url.format(): from a url.parse()-style object (protocol gets its ':',
// slashes for http/https/ftp/gopher/file/ws/wss or when asked, auth
// escaped, query objects stringified, '#' and '?' in the pathname escaped),
// from a string (parsed first), and from a WHATWG URL with the fragment,
// unicode, search and auth options.
var url = require('url');
var objects = [
  { protocol: 'http', host: 'a.com', pathname: 'x y#?', query: { a: [1, 2], b: 'c d' }, hash: 'h' },
  { protocol: 'https:', hostname: '::1', port: 8080, auth: 'u s:p@', search: 'q#' },
  { protocol: 'https:', hostname: '[::1]', port: '8443', pathname: '/' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', host: 'server', pathname: 'share' },
  { protocol: 'mailto', pathname: 'a@b.com' },
  { protocol: 'mailto', slashes: true, host: 'x' },
  { protocol: 'xmpp:', pathname: 'someone@example.com' },
  { host: 'a.com', pathname: '/x' },
  { hostname: 'a.com', port: 81 },
  { pathname: '/only/path', search: '?s=1', query: { ignored: 1 } },
  { query: { a: 'b', c: ['d', 'e'], f: '' } },
  { protocol: 'http:', host: 'a.com', hash: '#already', search: '?already' },
  { protocol: 'http:', host: 'h', auth: 'user:p\u00e4ss' },
  {}
];
objects.forEach(function (o) {
  console.log(JSON.stringify(o) + ' -> ' + url.format(o));
});
['HTTP://A.com/b c?d e#f g', 'http://user:pw@host:8080/p?q#h', '//x/y', 'mailto:a@b'].forEach(function (s) {
  console.log(JSON.stringify(s) + ' -> ' + url.format(s));
});
var u = new URL('https://user:pass@xn--bcher-kva.de:8080/p?q=1#h');
console.log(url.format(u));
console.log(url.format(u, { fragment: false }));
console.log(url.format(u, { unicode: true }));
console.log(url.format(u, { search: false }));
console.log(url.format(u, { auth: false }));
console.log(url.format(u, { fragment: false, unicode: true, search: false, auth: false }));
console.log(url.format(u, {}), url.format(u, { fragment: 0, auth: null }));
console.log(url.format(new URL('file:///x')), url.format(new URL('sc:opaque')));
try {
  url.format(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  url.format(u, 'nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
