// url.fileURLToPath and url.pathToFileURL: percent-decoding and -encoding
// of the path, trailing slashes kept, the POSIX rules (no host, no encoded
// '/') and the Windows ones (drive letters, UNC hosts) when asked for.
var url = require('url');
['file:///tmp/a%20b/c', 'file://localhost/x/y', 'file:///%E2%82%AC', 'file:///a?q#f', 'file:///dir/'].forEach(function (u) {
  console.log(u + ' -> ' + url.fileURLToPath(u));
});
console.log(url.fileURLToPath(new URL('file:///from/object')));
console.log(url.fileURLToPath('file:///C:/x/y%20z', { windows: true }));
console.log(url.fileURLToPath('file://server/share/x', { windows: true }));
function fails(label, fn) {
  try {
    console.log(label, 'no error', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
fails('encoded slash', function () { return url.fileURLToPath('file:///a%2Fb'); });
fails('encoded slash lower', function () { return url.fileURLToPath('file:///a%2fb'); });
fails('not file', function () { return url.fileURLToPath('http://a/'); });
fails('host', function () { return url.fileURLToPath('file://host/x'); });
fails('number', function () { return url.fileURLToPath(5); });
fails('legacy object', function () { return url.fileURLToPath(url.parse('file:///x')); });
fails('windows backslash', function () { return url.fileURLToPath('file:///C:/x%5Cy', { windows: true }); });
fails('windows relative', function () { return url.fileURLToPath('file:///x/y', { windows: true }); });
['/tmp/a b#c?d%e[f]^g|h~i\\j', '/tmp/dir/', '/', '/x/\u00fc\u20ac', '/a/./b/../c', '/tab\there\nnl'].forEach(function (p) {
  console.log(JSON.stringify(p) + ' -> ' + url.pathToFileURL(p).href);
});
console.log(url.pathToFileURL('relative/path').href === 'file://' + encodeURI(process.cwd()) + '/relative/path');
console.log(url.pathToFileURL('C:\\x\\y z', { windows: true }).href);
console.log(url.pathToFileURL('C:\\dir\\', { windows: true }).href);
console.log(url.pathToFileURL('\\\\server\\share\\file', { windows: true }).href);
console.log(url.pathToFileURL('/tmp/x', { windows: false }) instanceof URL);
fails('pathToFileURL(5)', function () { return url.pathToFileURL(5); });
fails('UNC without share', function () { return url.pathToFileURL('\\\\server', { windows: true }).href; });
console.log(url.fileURLToPath(url.pathToFileURL('/round/trip %25 \u00e9')));
