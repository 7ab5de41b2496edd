// EventTarget.dispatchEvent: target/currentTarget/eventPhase during and
// after a dispatch, `this` in function and handleEvent listeners, the
// return value and defaultPrevented for cancelable events, re-dispatching
// a finished event, and initEvent.
var et = new EventTarget();
var ev = new Event('foo', { cancelable: true });
console.log('before', ev.target, ev.currentTarget, ev.eventPhase, ev.composedPath().length, ev.isTrusted);
et.addEventListener('foo', function (e) {
  console.log('in', e === ev, e.target === et, e.currentTarget === et, e.eventPhase,
    e.composedPath().length, this === et);
  e.preventDefault();
});
et.addEventListener('foo', { handleEvent: function (e) { console.log('handleEvent', this !== et, e.type); } });
console.log('dispatch ->', et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
console.log('after', ev.target === et, ev.currentTarget, ev.eventPhase);
console.log('again ->', et.dispatchEvent(ev));
ev.initEvent('bar', true);
console.log(ev.type, ev.bubbles, ev.cancelable);
var notCancelable = new Event('x');
notCancelable.preventDefault();
console.log(notCancelable.defaultPrevented, notCancelable.returnValue);
console.log('no listeners ->', et.dispatchEvent(new Event('nobody')));
