// new URL() on special schemes (http, https, ws, wss, ftp): scheme and host
// lower-cased, default ports dropped, credentials split at the first ':' and
// percent-encoded, '.' and '..' segments (also as %2e) resolved, tabs and
// newlines removed, and each component percent-encoded with its own set.
function show(input) {
  var u = new URL(input);
  console.log(JSON.stringify(input));
  console.log('  href=' + u.href + ' origin=' + u.origin + ' protocol=' + u.protocol);
  console.log('  username=' + JSON.stringify(u.username) + ' password=' + JSON.stringify(u.password) +
    ' host=' + u.host + ' hostname=' + u.hostname + ' port=' + JSON.stringify(u.port));
  console.log('  pathname=' + u.pathname + ' search=' + JSON.stringify(u.search) + ' hash=' + JSON.stringify(u.hash));
}
[
  'HTTP://EXAMPLE.COM',
  'https://example.com:443/',
  'https://example.com:0443/x',
  'http://example.com:80/',
  'http://example.com:8080/',
  'http://example.com:/',
  'ws://example.com:80/chat',
  'wss://example.com:443',
  'wss://example.com:80',
  'ftp://example.com:21/pub',
  'ftp://user@example.com:2121/',
  'http://user:pass@example.com/',
  'http://user:pa:ss@example.com/',
  'http://us er:p@ss@example.com/',
  'http://:pass@example.com/',
  'http://user:@example.com/',
  'http://@example.com/',
  'http://a@b@c@example.com/',
  'http://\u00fcser:\u00fc@example.com/',
  'http://example.com/a/b/../c/./d',
  'http://example.com/a/b/%2e%2E/c/%2e/d',
  'http://example.com/a/.%2e/..',
  'http://example.com/../../..',
  'http://example.com/a/b/.',
  'http://example.com/a//b///c',
  'http:\\\\example.com\\a\\b',
  'http:/example.com/x',
  'http:example.com/x',
  'http:///example.com/x',
  '  http://example.com/ \t\n',
  'ht\ttp://exa\nmple.com/pa\rth',
  'http://example.com/ "<>`{}|^',
  'http://example.com/?q= "<>`{}|^\'',
  'ws://example.com/?q=\'',
  'http://example.com/# "<>`{}|^\'',
  'http://example.com/\u00e9?\u00e9#\u00e9',
  'http://example.com/\ud83d\udca9',
  'http://example.com/%zz%2F%41',
  'http://example.com/?a=1&b=%20#%20',
  'http://example.com/?#',
  'http://example.com?x',
  'http://example.com#x',
  'https://EXAMPLE.com:65535/',
  'http://example.com/\u0000\u001f\u007f'
].forEach(show);
