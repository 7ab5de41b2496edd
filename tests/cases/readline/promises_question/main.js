// readline/promises: question() returns a promise of the answer. A second
// question asked from .then() comes a microtask too late for a line that
// arrived in the same chunk as the first answer: that line is a 'line' event.
var readlinePromises = require('readline/promises');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readlinePromises.createInterface({ input: input });
rl.on('line', function (line) { console.log('line event: ' + line); });
rl.question('first? ').then(function (a) {
  console.log('first answer: ' + a);
  return rl.question('second? ');
}).then(function (a) {
  console.log('second answer: ' + a);
  rl.close();
});
input.write('one\ntwo\n');
setTimeout(function () { input.write('three\n'); }, 10);
console.log(typeof readlinePromises.Interface, typeof readlinePromises.Readline,
  require('readline').promises === readlinePromises);
