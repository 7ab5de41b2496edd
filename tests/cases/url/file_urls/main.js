// file: URLs: always a host ('' when empty, 'localhost' dropped), Windows
// drive letters ('C|' becomes 'C:', and '..' never climbs above one),
// backslashes as slashes, and relative references against a file base.
function show(input, base) {
  var out;
  try {
    var u = base === undefined ? new URL(input) : new URL(input, base);
    out = u.href + ' host=' + JSON.stringify(u.host) + ' pathname=' + u.pathname;
  } catch (err) {
    out = 'fails';
  }
  console.log(JSON.stringify(input) + (base === undefined ? '' : ' against ' + base) + ' -> ' + out);
}
['file:///etc/passwd', 'file://localhost/etc/passwd', 'file://LOCALHOST/x', 'file://localhost:80/x',
  'file://host/share/file', 'file://HOST.example/x', 'file:/x', 'file:x', 'file:', 'file://', 'file:///',
  'file:////x', 'file://///x', 'file:\\\\host\\share', 'file:c:\\x\\y', 'file:///C|/x', 'file:///c:/x/../..',
  'file:///C:/x/../../y', 'file://C:/x', 'file://c|/x', 'file:/C|/x', 'file:C:/x', 'file:///C/x',
  'file:///C:', 'file:///C:/', 'file:///c:', 'file:///ab:/x', 'file:///1:/x', 'file://host/C|/x',
  'file:///x?q#f', 'file:///a b/%2e%2e/c', 'file://user@host/x', 'file://:1/x', 'FILE:///X'].forEach(function (i) {
  show(i);
});
['x', '/x', '../../..', '?q', '#f', '', 'C:/y', 'C|', 'D:', '//host/x', '///y', '\\\\h\\y', 'file:y',
  'file:/y', 'file:?q', 'file:'].forEach(function (i) {
  show(i, 'file:///C:/dir/file');
  show(i, 'file://host/dir/file');
});
