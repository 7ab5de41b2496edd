// close() pauses the input, emits 'close' once, and removes the Interface's
// listeners from the input; afterwards question/pause/resume/write throw
// ERR_USE_AFTER_CLOSE. pause() and resume() emit only on a change.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface({ input: input });
['pause', 'resume', 'close'].forEach(function (name) {
  rl.on(name, function () { console.log('event ' + name); });
});
console.log('listeners on input: data ' + input.listenerCount('data') + ', end ' + input.listenerCount('end'));
rl.pause();
rl.pause();
rl.resume();
rl.resume();
rl.close();
rl.close();
console.log('closed ' + rl.closed + ', paused ' + rl.paused);
console.log('listeners on input: data ' + input.listenerCount('data') + ', end ' + input.listenerCount('end'));
['question', 'pause', 'resume', 'write'].forEach(function (m) {
  try {
    rl[m]('x', function () {});
    console.log(m + ' did not throw');
  } catch (e) {
    console.log(m + ': ' + e.name + ' ' + e.code + ' ' + e.message);
  }
});
try {
  readline.createInterface({ input: input, completer: 'nope' });
} catch (e) {
  console.log(e.code + ': ' + e.message);
}
