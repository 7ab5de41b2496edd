// assert.CallTracker (deprecated in Node 20, still available).
var assert = require('assert');
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
var t3 = tracker.calls(function bar() {});
try { tracker.verify(); } catch (e) { console.log('verify2', e.message, e['message 0'], e['message 1']); }
tracker.reset();
console.log('after reset', tracker.getCalls(tracked).length);
try { tracker.getCalls(function () {}); } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(foo, 0); } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(foo, 1.5); } catch (e) { console.log(e.code, e.message); }
