// Invalid URLs: new URL() throws a TypeError 'Invalid URL' with code
// ERR_INVALID_URL and the input (and base) attached, the href setter throws
// ERR_INVALID_URL, and URL.canParse / URL.parse answer without throwing.
function attempt(input, base) {
  try {
    var u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), 'parsed', u.href);
  } catch (err) {
    console.log(JSON.stringify(input) + (base === undefined ? '' : ' base ' + JSON.stringify(base)) + ': ' +
      err.name + ' ' + err.code + ' ' + err.message + ' input=' + JSON.stringify(err.input) +
      ' base=' + JSON.stringify(err.base) + ' keys=' + Object.keys(err).join(',') +
      ' TypeError=' + (err instanceof TypeError) + ' string=' + String(err));
  }
}
['', ' ', 'foo', '/path', '//host', 'http://', 'http://:80', 'http://user@', 'http://user:pass@/',
  'http://a b/', 'http://a<b/', 'http://a^b/', 'http://a|b/', 'http://[::1/', 'http://[::1]x/',
  'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1::2]/', 'http://[1.2.3.4]/', 'http://a:99999/',
  'http://a:8o/', 'http://a: 1/', 'http://1.2.3.256/', 'http://0x100000000/', 'http://%41%/',
  'http://a%2F/', 'http://xn--/', 'sc://a b/', 'sc://[/', 'sc://a:99999/', 'file://a b/',
  'mailto:', '#frag', '?query', 'https://\u0000/', 'http://\u200d/'].forEach(function (input) {
  attempt(input);
});
attempt('x', 'not a base');
attempt('/x', 'mailto:a@b');
attempt('#x', 'mailto:a@b');
attempt('x', '');
try {
  new URL();
} catch (err) {
  console.log('no arguments:', err.name, err.code, err.message);
}
try {
  URL('http://a/');
} catch (err) {
  console.log('without new:', err.name, err.message);
}
var u = new URL('http://a/');
try {
  u.href = 'not a url';
} catch (err) {
  console.log('href setter:', err.name, err.code, err.message, err.input, String(err), Object.keys(err).join(','));
}
console.log('unchanged:', u.href);
console.log('canParse:', URL.canParse('http://a'), URL.canParse('nope'), URL.canParse('x', 'http://a/'),
  URL.canParse('x', 'nope'), URL.canParse(''), URL.canParse('sc:'));
try {
  URL.canParse();
} catch (err) {
  console.log('canParse():', err.code, err.message);
}
console.log('parse:', URL.parse('http://a/b').href, URL.parse('nope'), URL.parse('c', 'http://a/b').href,
  URL.parse('c', 'nope'));
