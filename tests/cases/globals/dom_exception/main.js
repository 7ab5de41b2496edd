// DOMException: name, message and legacy code from the name, inherits from
// Error, accessors on the prototype (only `stack` is an own property), the
// { name, cause } options form, and the code constants.
var e = new DOMException('boom', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.keys(e), Object.getOwnPropertyNames(e), e.stack.split('\n')[0]);
console.log(Object.prototype.toString.call(e), String(e));
var d = new DOMException();
console.log(JSON.stringify(d.name), JSON.stringify(d.message), d.code);
var t = new DOMException('late', { name: 'TimeoutError', cause: 'slow' });
console.log(t.name, t.code, t.cause, Object.getOwnPropertyNames(t).sort());
console.log(new DOMException('x', 'NotARealError').code);
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR,
  DOMException.prototype.INVALID_CHARACTER_ERR);
console.log(Object.getOwnPropertyNames(DOMException.prototype).length);
