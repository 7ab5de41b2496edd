// An unhandled rejection with no listener: the 'exit' listeners run with
// code 1, the error goes to stderr and the exit code is 1 (Node >= 15).
process.on('exit', function (code) { console.log('exit code ' + code); });
setTimeout(function () { console.log('timer must not run'); }, 10);
console.log('before');
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(function () { console.log('microtasks still run first'); });
