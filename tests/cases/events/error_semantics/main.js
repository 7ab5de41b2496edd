// emit('error') without a listener throws; errorMonitor observes.
var events = require('events');
var EventEmitter = events.EventEmitter;
var ee = new EventEmitter();
function attempt(label, value, withArg) {
  try {
    if (withArg) ee.emit('error', value); else ee.emit('error');
    console.log(label + ': no throw');
  } catch (e) {
    console.log(label + ': threw', e === value ? 'the same value' : e.name + ' ' + e.code,
      '| message:', e.message, '| context is value:', e.context === value);
  }
}
attempt('Error', new Error('boom'), true);
attempt('TypeError', new TypeError('bad'), true);
attempt('string', 'boom', true);
attempt('object', { a: 1 }, true);
attempt('number', 42, true);
attempt('null', null, true);
attempt('nothing', undefined, false);
var unhandled;
try { ee.emit('error', 'x'); } catch (e) { unhandled = e; }
console.log('instanceof Error:', unhandled instanceof Error, 'name:', unhandled.name);
console.log('toString:', String(unhandled));
ee.on(events.errorMonitor, function (err) { console.log('monitor saw', err.message); });
attempt('monitored', new Error('seen'), true);
ee.on('error', function (err) { console.log('handler got', err.message); });
console.log('handled emit returns', ee.emit('error', new Error('handled')));
console.log('errorMonitor is symbol:', typeof events.errorMonitor, String(events.errorMonitor));
// error listeners receive every argument
ee.removeAllListeners('error');
ee.on('error', function (e, extra) { console.log('args:', e, extra); });
ee.emit('error', 'first', 'second');
