// rejects / doesNotReject return promises; plus the deprecated CallTracker.
var assert = require('assert');
function report(label, p) {
  console.log(label, 'returns promise:', p instanceof Promise);
  return p.then(function (v) { console.log(label, 'resolved', v); },
    function (e) { console.log(label, 'rejected', e.name, e.code, JSON.stringify(e.message), e.operator); });
}
var steps = [
  function () { return report('rejects ok', assert.rejects(Promise.reject(new TypeError('x')), TypeError)); },
  function () { return report('rejects fn ok', assert.rejects(function () { return Promise.reject(new Error('y')); }, /y/)); },
  function () { return report('rejects resolved', assert.rejects(Promise.resolve(1))); },
  function () { return report('rejects resolved msg', assert.rejects(Promise.resolve(1), Error, 'nope')); },
  function () { return report('rejects wrong class', assert.rejects(Promise.reject(new Error('z')), TypeError)); },
  function () { return report('rejects not promise', assert.rejects(5)); },
  function () { return report('rejects fn throws', assert.rejects(function () { throw new Error('sync'); })); },
  function () { return report('rejects obj', assert.rejects(Promise.reject(new Error('m')), { message: 'n' })); },
  function () { return report('doesNotReject ok', assert.doesNotReject(Promise.resolve(2))); },
  function () { return report('doesNotReject rejected', assert.doesNotReject(Promise.reject(new Error('r')))); },
  function () { return report('doesNotReject fn rejected msg', assert.doesNotReject(function () { return Promise.reject(new Error('r')); }, 'hmm')); },
  function () { return report('doesNotReject other class', assert.doesNotReject(Promise.reject(new Error('r')), TypeError)); },
  function () { return report('doesNotReject thenable', assert.doesNotReject({ then: function (r) { r(1); }, 'catch': function () {} })); },
];
var chain = Promise.resolve();
steps.forEach(function (s) { chain = chain.then(s); });
chain.then(function () {
  var tracker = new assert.CallTracker();
  function foo(a) { return a * 2; }
  var tracked = tracker.calls(foo, 2);
  console.log('tracked returns', tracked(3), tracked.name);
  console.log('calls', JSON.stringify(tracker.getCalls(tracked).map(function (c) { return c.arguments; })));
  console.log('report', JSON.stringify(tracker.report().map(function (r) { return [r.message, r.actual, r.expected, r.operator]; })));
  try { tracker.verify(); } catch (e) { console.log('verify', e.message, e.code, Object.keys(e).join(',')); }
  tracked(4);
  tracker.verify();
  console.log('verified');
  var t2 = tracker.calls(1);
  try { tracker.verify(); } catch (e) { console.log('verify2', e.message); }
  tracker.reset();
  console.log('after reset', tracker.getCalls(tracked).length);
  try { tracker.getCalls(function () {}); } catch (e) { console.log(e.code, e.message); }
});
