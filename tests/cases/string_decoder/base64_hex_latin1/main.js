// base64 holds length % 3 bytes so its output never has '=' inside;
// hex, latin1 and ascii decode every byte at once.
var StringDecoder = require('string_decoder').StringDecoder;
function run(enc, chunks) {
  var d = new StringDecoder(enc);
  var out = chunks.map(function (c) { return JSON.stringify(d.write(Buffer.from(c))) + '(' + d.lastNeed + ')'; });
  console.log(enc + ': ' + out.join(' ') + ' end ' + JSON.stringify(d.end()));
}
run('base64', ['a', 'b', 'c', 'd']);
run('base64', ['abcd', 'ef']);
run('base64', ['ab', 'cdefg', 'h']);
run('base64url', [[0xfb], [0xff], [0xbf, 0xfe]]);
run('base64', [[0xfb], [0xff], [0xbf, 0xfe]]);
run('hex', ['ab', 'c']);
run('latin1', [[0xe9, 0x41], [0xff]]);
run('binary', [[0xe9]]);
run('ascii', [[0xe9, 0x41, 0x80]]);
var d = new StringDecoder('base64');
console.log('end with a final chunk: ' + d.end(Buffer.from('hello')));
var u = new StringDecoder('hex');
console.log('Uint8Array and DataView: ' + u.write(new Uint8Array([1, 2])) + ' ' +
  u.write(new DataView(new Uint8Array([0xab, 0xcd]).buffer)));
