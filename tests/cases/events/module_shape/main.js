// The module's exports and an emitter's own properties.
var events = require('events');
console.log('keys:', Object.keys(events).join(','));
console.log('EventEmitter.EventEmitter:', events.EventEmitter === events, 'usingDomains:', events.usingDomains);
['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'listenerCount', 'init',
  'addAbortListener'].forEach(function (k) { console.log(k, typeof events[k]); });
console.log('prototype:', Object.getOwnPropertyNames(events.prototype).join(','));
var ee = new events();
console.log('own keys:', Object.keys(ee).join(','), 'symbols:', Object.getOwnPropertySymbols(ee).length);
console.log('_eventsCount', ee._eventsCount, '_maxListeners', ee._maxListeners, 'proto of _events', Object.getPrototypeOf(ee._events));
ee.on('a', function () {});
ee.on('a', function () {});
ee.on('b', function () {});
console.log('_events.a is array:', Array.isArray(ee._events.a), '_events.b is fn:', typeof ee._events.b, '_eventsCount', ee._eventsCount);
console.log('on === addListener:', events.prototype.on === events.prototype.addListener,
  'off === removeListener:', events.prototype.off === events.prototype.removeListener);
// a subclass calling the constructor
function Child() { events.call(this); this.tag = 'child'; }
Child.prototype = Object.create(events.prototype, { constructor: { value: Child } });
var ch = new Child();
ch.on('x', function (v) { console.log('child got', v, this.tag); });
ch.emit('x', 1);
// shape mode: _events preset by the subclass before the constructor runs
function Shaped() {
  this._events = Object.create(null);
  this._events.keep = undefined;
  this._eventsCount = 0;
  events.call(this);
}
Shaped.prototype = Object.create(events.prototype);
var sh = new Shaped();
function h() {}
sh.on('removeListener', function () { console.log('not reported in shape mode'); });
sh.on('keep', h);
sh.removeListener('keep', h);
console.log('shape names:', sh.eventNames().join(','), 'keep' in sh._events, sh._events.keep);
// a plain object can become an emitter with init / call
var obj = {};
events.init.call(obj);
console.log('init gives _events:', typeof obj._events, obj._eventsCount);
var mixed = Object.create(events.prototype);
mixed.on('q', function () { console.log('works without constructor'); });
mixed.emit('q');
