// path.win32: normalize, join, isAbsolute, basename/dirname/extname, parse/format.
var w = require('path').win32;
function show(label, v) { console.log(label + ' = ' + JSON.stringify(v)); }
['', '.', 'C:', 'C:\\', 'c:/', 'C:..\\a', 'C:\\..\\..', 'C:\\a\\.\\b\\..\\c', 'a/b\\c', '\\\\server\\share',
  '\\\\server\\share\\dir\\..\\x', '//server/share/', '\\\\.\\PHYSICALDRIVE0', '\\\\?\\C:\\x', '\\', '/',
  'a\\..\\..', 'CON:', 'con:x', 'LPT1:', 'ab:/x', 'c:x:y', 'a:b', '\\\\server'].forEach(function (p) {
  show('normalize(' + JSON.stringify(p) + ')', w.normalize(p));
});
[['a', 'b'], ['C:', 'a'], ['C:\\', '..', 'x'], ['//server', 'share'], ['//', 'a'], ['\\\\\\a', 'b'],
  ['', ''], ['a/', '/b']].forEach(function (args) {
  show('join(' + JSON.stringify(args).slice(1, -1) + ')', w.join.apply(null, args));
});
['C:\\x', 'C:x', 'C:', '\\x', '/x', 'x', '\\\\srv\\share', ''].forEach(function (p) {
  show('isAbsolute(' + JSON.stringify(p) + ')', w.isAbsolute(p));
});
['C:\\temp\\file.txt', 'C:file.txt', 'C:', 'C:\\', '\\\\srv\\share', '\\\\srv\\share\\', '\\\\srv\\share\\a\\b',
  'a\\b\\', 'a/b.c', '\\', 'x', '\\a\\.bashrc'].forEach(function (p) {
  show(JSON.stringify(p) + ' basename/dirname/extname',
    [w.basename(p), w.dirname(p), w.extname(p)]);
  var parsed = w.parse(p);
  show('  parse', parsed);
  show('  format', w.format(parsed));
});
show("basename('C:\\\\a\\\\b.html', '.html')", w.basename('C:\\a\\b.html', '.html'));
show("basename('C:\\\\a\\\\b.HTML', '.html')", w.basename('C:\\a\\b.HTML', '.html'));
show('sep, delimiter', [w.sep, w.delimiter]);
show("format({ dir: 'C:\\\\path\\\\dir', base: 'file.txt' })", w.format({ dir: 'C:\\path\\dir', base: 'file.txt' }));
show("format({ root: 'C:\\\\', name: 'f', ext: 'txt' })", w.format({ root: 'C:\\', name: 'f', ext: 'txt' }));
