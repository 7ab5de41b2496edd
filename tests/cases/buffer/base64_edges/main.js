// base64 and base64url: padding, whitespace, URL-safe characters, invalid
// characters (skipped), '=' in the middle (stops), and byteLength's estimate.
var inputs = ['aGVsbG8=', 'aGVsbG8', 'aGVsbA==', 'aGVsbA', 'aGVsbA=', 'aGVs bG8=', 'aGVs\nbG8=\n',
  'aGV-_w==', 'aGV+/w==', 'aGVs=bG8=', '=aGVs', 'a', 'aG', 'aGV', '!!aGVs!!', 'aGVsbG8====',
  '', '====', 'YQ=x', 'YWJjZA', '\u00e9aGVs'];
inputs.forEach(function (s) {
  var b = Buffer.from(s, 'base64');
  var u = Buffer.from(s, 'base64url');
  console.log(JSON.stringify(s) + ' -> ' + b.toString('hex') + ' | url ' + u.toString('hex') +
    ' | byteLength ' + Buffer.byteLength(s, 'base64'));
});
var bytes = [[], [0xfb], [0xfb, 0xff], [0xfb, 0xff, 0xbf], [0, 1, 2, 3], [0xff, 0xfe, 0xfd, 0xfc, 0xfb]];
bytes.forEach(function (a) {
  var b = Buffer.from(a);
  console.log(b.toString('hex') + ' base64 ' + JSON.stringify(b.toString('base64')) + ' base64url ' +
    JSON.stringify(b.toString('base64url')));
});
// Writes stop at the buffer's end.
for (var cap = 0; cap <= 6; cap++) {
  var w = Buffer.alloc(cap, 0x2e);
  console.log('write "aGVsbG8=" into ' + cap + ' -> ' + w.write('aGVsbG8=', 'base64') + ' ' + w.toString('hex'));
}
console.log('toString base64 range: ' + Buffer.from('hello world').toString('base64', 2, 7));
