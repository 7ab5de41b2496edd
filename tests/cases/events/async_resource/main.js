// events.EventEmitterAsyncResource: an emitter with an async id of its own.
var events = require('events');
var E = events.EventEmitterAsyncResource;
console.log(typeof E, E === events.EventEmitterAsyncResource);
try { new E(); } catch (e) { console.log(e.code, e.message); }
var r = new E({ name: 'thing' });
console.log(r instanceof events, typeof r.asyncId, typeof r.triggerAsyncId, r.asyncResource.eventEmitter === r);
r.on('x', function (v) { console.log('got', v, this === r); });
console.log(r.emit('x', 5));
var r2 = new E('named');
console.log(r2.asyncId !== r.asyncId);
