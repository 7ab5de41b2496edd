// AbortSignal.any(signals) follows the first of its signals to abort, with
// that signal's reason; one made from an already aborted signal starts
// aborted.
var c1 = new AbortController();
var c2 = new AbortController();
var any = AbortSignal.any([c1.signal, c2.signal]);
any.addEventListener('abort', function () { console.log('any aborted', any.reason); });
console.log(any.aborted);
c2.abort('second');
c1.abort('first');
console.log(any.reason);
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);
console.log(AbortSignal.any([]).aborted);
