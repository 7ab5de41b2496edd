// A listener that throws does not stop the others or the dispatch: the
// error becomes an uncaught exception on the next tick. A listener that
// returns a rejected promise is reported the same way.
var et = new EventTarget();
et.addEventListener('boom', function () { throw new Error('listener threw'); });
et.addEventListener('boom', function () {
  console.log('second listener still runs');
  return Promise.reject(new Error('listener rejected'));
});
process.on('uncaughtException', function (e) { console.log('uncaught:', e.message); });
console.log('dispatch returned', et.dispatchEvent(new Event('boom')));
process.nextTick(function () { console.log('tick queued after the dispatch'); });
console.log('after dispatch');
