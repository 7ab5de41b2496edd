// Every URL setter on a set of URLs: each runs the parser from its own
// state, ignores what it may not change (a port on file:, a host on an
// opaque path, a special scheme swapped for a non-special one), and may keep
// what it set before an invalid part (host 'b:99999' keeps 'b').
var props = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
  'hash'];
function set(href, prop, value) {
  var u = new URL(href);
  var note = '';
  try {
    u[prop] = value;
  } catch (err) {
    note = ' (throws ' + err.code + ')';
  }
  console.log(href + ' .' + prop + ' = ' + JSON.stringify(value) + ' -> ' + u.href + ' | ' +
    prop + '=' + JSON.stringify(u[prop]) + note);
}
var urls = ['http://user:pw@example.com:8080/a/b?q=1#f', 'https://example.com/', 'file:///C:/x', 'sc://h/p',
  'sc:opaque', 'mailto:x@y'];
var values = {
  protocol: ['https', 'HTTP:', 'ws:x', 'file', 'sc', 'foo', '', ' http', 'h\nttp', '1x', 'https://other'],
  username: ['me', '', 'a b:@/?#', '\u00fc', '%41'],
  password: ['secret', '', 'p:a@ss', '\u00fc'],
  host: ['other.com', 'OTHER.com:9090', 'other:', 'other:99999', 'other/path', 'other?q', '[::1]:81',
    '', ':80', 'a b', '\u00fcber.de', 'x:80'],
  hostname: ['other.com', 'other:9090', '[::1]', '', 'a%41', 'a b', '1.2.3'],
  port: ['8080', '80', '443', '', '12ab', 'ab', '65536', '0', 8.9, '\t'],
  pathname: ['/x/y', 'x y', '/a/../b', '', '/?#', '\\a\\b', '//x', '%2e%2e/%2e'],
  search: ['?a=b', 'a=b c', '', '?', '#x', '?\u00e9\'"'],
  hash: ['#x', 'y z', '', '#', '##', '\u00e9`']
};
urls.forEach(function (href) {
  props.forEach(function (prop) {
    if (prop === 'href') return;
    values[prop].forEach(function (value) {
      set(href, prop, value);
    });
  });
});
set('http://a/', 'href', 'https://b/c?d#e');
set('http://a/', 'href', 'relative');
set('foo://path/to', 'host', ':80');
set('foo://path/to', 'pathname', '/..');
set('https://domain.com:3000', 'port', '\n\t');
var u = new URL('http://example.com/');
u.origin = 'http://other';
console.log('origin is read-only:', u.origin);
