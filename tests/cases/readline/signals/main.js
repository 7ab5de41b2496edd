// readline with AbortSignals: a question cancelled by its signal gets no
// answer (its line becomes a 'line' event), the promisified question rejects
// with an AbortError, and an invalid signal is refused before the Interface
// touches its input.
var readline = require('readline');
var util = require('util');
var PassThrough = require('stream').PassThrough;

var spare = new PassThrough();
try {
  readline.createInterface({ input: spare, signal: 5 });
} catch (e) {
  console.log(e.code + ': ' + e.message + ' (data listeners: ' + spare.listenerCount('data') + ')');
}
try {
  readline.createInterface({ input: spare, historySize: -1 });
} catch (e) {
  console.log(e.code + ': ' + e.message);
}

var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) { console.log('line event: ' + line); });
try {
  rl.question('q', { signal: {} }, function () {});
} catch (e) {
  console.log(e.code);
}
var ac = new AbortController();
rl.question('first? ', { signal: ac.signal }, function (a) { console.log('never: ' + a); });
ac.abort();
input.write('after abort\n');

var ask = util.promisify(rl.question).bind(rl);
var early = new AbortController();
early.abort('stop');
ask('q? ', { signal: early.signal }).catch(function (e) {
  console.log('rejected at once: ' + e.name + ' ' + e.code + ' cause ' + e.cause);
  var later = new AbortController();
  var p = ask('q2? ', { signal: later.signal });
  later.abort();
  return p;
}).catch(function (e) {
  console.log('rejected on abort: ' + e.name);
  return ask('q3? ', {});
}).then(function (answer) {
  console.log('answer: ' + answer);
  rl.question('no callback, a signal', { signal: new AbortController().signal });
  input.write('for the question without callback\nlast\n');
  rl.close();
});
setImmediate(function () { input.write('third\n'); });
