// captureRejections: a rejected promise returned by a listener becomes an
// 'error' event (or goes to [Symbol.for('nodejs.rejection')]).
var events = require('events');
var EventEmitter = events.EventEmitter;
console.log('symbol:', events.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  'default:', EventEmitter.captureRejections);
var ee = new EventEmitter({ captureRejections: true });
ee.on('work', function () { return Promise.reject(new Error('async failure')); });
ee.on('error', function (err) { console.log('error event:', err.message); });
ee.emit('work');
var ee2 = new EventEmitter({ captureRejections: true });
ee2[Symbol.for('nodejs.rejection')] = function (err, type, arg) {
  console.log('rejection hook:', err.message, type, arg);
};
ee2.on('job', function (x) { return Promise.reject(new Error('hooked ' + x)); });
ee2.emit('job', 7);
var plain = new EventEmitter();
plain.on('job', function () { return { then: function () { console.log('then not called without capture'); } }; });
plain.emit('job');
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.code + ': ' + e.message); }
try { EventEmitter.captureRejections = 1; } catch (e) { console.log(e.code + ': ' + e.message); }
console.log('sync end');
