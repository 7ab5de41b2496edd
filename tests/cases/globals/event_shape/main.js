// Event, CustomEvent and EventTarget as Node shapes them: prototype members
// in order, the phase constants, toStringTag, no own keys on an instance,
// isTrusted false for scripts' events, inspect of an EventTarget, and the
// errors for a missing type, a bad listener and a non-Event dispatch.
console.log(Object.getOwnPropertyNames(Event.prototype).join(','));
console.log(Object.getOwnPropertyNames(EventTarget.prototype).join(','));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
var e = new Event('x', { bubbles: true, composed: true });
console.log(Object.keys(e), e.type, e.bubbles, e.composed, e.cancelable, e.isTrusted,
  typeof e.timeStamp, typeof Event.prototype.isTrusted);
console.log(String(e), String(new EventTarget()), Object.prototype.toString.call(new CustomEvent('c')));
console.log(new EventTarget());
var c = new CustomEvent('c', { detail: { n: 1 } });
console.log(c.detail, new CustomEvent('d').detail, c instanceof Event, c.type);
function show(fn) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
show(function () { return new Event(); });
show(function () { new EventTarget().addEventListener('x', 5); });
show(function () { new EventTarget().addEventListener('x'); });
show(function () { new EventTarget().dispatchEvent({ type: 'x' }); });
show(function () { return new Event('x', 5); });
