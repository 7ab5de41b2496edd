// timers/promises with { signal }: aborting rejects with an AbortError
// whose cause is the signal's reason, a signal aborted beforehand rejects
// at once, and the settling order matches Node's (a promise given a signal
// settles through finally(), two microtask hops later).
var tp = require('timers/promises');
var ac = new AbortController();
tp.setTimeout(100000, 'v', { signal: ac.signal }).then(function () {
  console.log('resolved?');
}, function (e) {
  console.log('timeout rejected:', e.name, e.code, e.message, e.cause);
});
var ac2 = new AbortController();
tp.setImmediate('v', { signal: ac2.signal }).catch(function (e) {
  console.log('immediate rejected:', e.name, e.code, e.cause);
});
ac2.abort('stop');
tp.setTimeout(1, 'x', { signal: AbortSignal.abort() }).catch(function (e) {
  console.log('pre-aborted:', e.name, e.cause.name);
});
var ac3 = new AbortController();
tp.setTimeout(1, 'kept', { signal: ac3.signal }).then(function (v) {
  console.log('resolved with', v);
  ac.abort('late');
});
