// The listener list: stopImmediatePropagation, `once`, duplicates keyed by
// (listener, capture), removeEventListener's reading of `capture` (only an
// options object counts, as in Node), removing a later listener during a
// dispatch (it does not run), adding one (it runs from the next dispatch),
// and the `signal` option.
var t = new EventTarget();
t.addEventListener('s', function (e) { console.log('s1'); e.stopImmediatePropagation(); });
t.addEventListener('s', function () { console.log('s2'); });
t.dispatchEvent(new Event('s'));
var n = 0;
function h() { n++; }
t.addEventListener('o', h, { once: true });
t.addEventListener('o', h);
t.addEventListener('o', h, true);
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));
console.log('n', n);
t.removeEventListener('o', h, true);
t.dispatchEvent(new Event('o'));
console.log('n', n);
t.removeEventListener('o', h, { capture: true });
t.dispatchEvent(new Event('o'));
console.log('n', n);
var u = new EventTarget();
function a() { console.log('a'); u.removeEventListener('r', b); }
function b() { console.log('b'); }
u.addEventListener('r', a);
u.addEventListener('r', b);
u.dispatchEvent(new Event('r'));
u.addEventListener('q', function () {
  console.log('q1');
  u.addEventListener('q', function () { console.log('q2'); });
});
u.dispatchEvent(new Event('q'));
console.log('--');
u.dispatchEvent(new Event('q'));
var ac = new AbortController();
u.addEventListener('z', function () { console.log('z'); }, { signal: ac.signal });
u.dispatchEvent(new Event('z'));
ac.abort();
u.dispatchEvent(new Event('z'));
u.addEventListener('z', function () { console.log('never: the signal is already aborted'); },
  { signal: ac.signal });
u.dispatchEvent(new Event('z'));
console.log('done');
