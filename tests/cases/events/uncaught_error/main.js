// An 'error' event nobody listens to is an uncaught exception: the
// process exits with code 1 after the output so far.
var EventEmitter = require('events');
var ee = new EventEmitter();
process.on('exit', function (code) { console.log('exit code', code); });
console.log('before');
setTimeout(function () {
  ee.emit('error', new Error('nobody listens'));
  console.log('not reached');
}, 1);
