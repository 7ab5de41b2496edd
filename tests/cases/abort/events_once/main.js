// events.once(emitter, name, { signal }): aborting rejects with an
// AbortError and removes the listener; an already aborted signal rejects at
// once; a signal that never aborts does not get in the way. It also works
// on an EventTarget.
var events = require('events');
var ee = new events.EventEmitter();
var ac = new AbortController();
events.once(ee, 'never', { signal: ac.signal }).catch(function (e) {
  console.log('once rejected:', e.name, e.code, e.message, ee.listenerCount('never'));
});
console.log('listeners', ee.listenerCount('never'));
ac.abort();
events.once(ee, 'x', { signal: AbortSignal.abort() }).catch(function (e) {
  console.log('pre-aborted:', e.name);
});
var ok = new AbortController();
events.once(ee, 'go', { signal: ok.signal }).then(function (args) {
  console.log('go', args);
});
ee.emit('go', 1, 2);
var et = new EventTarget();
events.once(et, 'ping').then(function (args) {
  console.log('ping', args[0].type, args[0] instanceof Event);
});
et.dispatchEvent(new Event('ping'));
