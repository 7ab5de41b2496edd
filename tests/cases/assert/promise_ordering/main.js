// Microtask order of assert.rejects / doesNotReject and events.once
// against a chain of plain promise callbacks.
var events = require('events');
var assert = require('assert');
var ee = new events();
function ticks(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { console.log('tick', i); }); })(i);
}
function log(label) {
  return [function () { console.log(label, 'fulfilled'); }, function (e) { console.log(label, 'rejected', e.code || e.message); }];
}
var l;
l = log('once'); events.once(ee, 'x').then(l[0], l[1]);
l = log('once error'); events.once(ee, 'y').then(l[0], l[1]);
l = log('rejects ok'); assert.rejects(Promise.reject(new Error('e'))).then(l[0], l[1]);
l = log('rejects fail'); assert.rejects(Promise.resolve(1)).then(l[0], l[1]);
l = log('rejects sync throw'); assert.rejects(function () { throw new Error('sync'); }).then(l[0], l[1]);
l = log('rejects bad arg'); assert.rejects(42).then(l[0], l[1]);
l = log('rejects fn'); assert.rejects(function () { return Promise.reject(new TypeError('t')); }, TypeError).then(l[0], l[1]);
l = log('doesNotReject fail'); assert.doesNotReject(Promise.reject(new Error('no'))).then(l[0], l[1]);
l = log('doesNotReject ok'); assert.doesNotReject(function () { return Promise.resolve(); }).then(l[0], l[1]);
ticks(8);
ee.emit('x');
ee.emit('error', new Error('boom'));
