// All the lines of one chunk are emitted synchronously, inside the input's
// 'data' callback: a nextTick or a promise callback queued by the first
// line runs only after the last line of that chunk.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) {
  console.log('line ' + line);
  process.nextTick(function () { console.log('  tick after ' + line); });
  Promise.resolve().then(function () { console.log('  microtask after ' + line); });
});
rl.on('close', function () { console.log('close'); });
input.write('a\nb\nc\n');
setImmediate(function () {
  input.write('d\n');
  input.end();
});
