// AbortController and AbortSignal as Node shows them: inspect output,
// toStringTag, prototype members, statics, and the illegal constructor.
var ac = new AbortController();
console.log(ac, ac.signal);
ac.abort();
console.log(ac);
console.log(String(ac), String(ac.signal), ac.signal instanceof EventTarget);
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).join(','));
console.log(Object.getOwnPropertyNames(AbortController.prototype).join(','));
console.log(typeof AbortSignal.abort, typeof AbortSignal.timeout, typeof AbortSignal.any);
try {
  new AbortSignal();  // eslint-disable-line no-new
} catch (e) {
  console.log(e.name, e.code, e.message);
}
var o = new AbortController();
o.signal.onabort = function () { console.log('one'); };
o.signal.onabort = function () { console.log('two'); };
o.signal.onabort = null;
console.log(o.signal.onabort);
o.signal.onabort = function () { console.log('three'); };
o.abort();
