// Without a reason, abort() and AbortSignal.abort() use a DOMException
// named AbortError, as Node prints it: name, message, code.
var ac = new AbortController();
ac.abort();
var err = ac.signal.reason;
console.log(err.name, err.message, err.code);
console.log(err instanceof DOMException, err instanceof Error, Object.prototype.toString.call(err));
var pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name, pre.reason.message, pre.reason.code);
console.log(AbortSignal.abort('mine').reason, AbortSignal.abort(null).reason);
