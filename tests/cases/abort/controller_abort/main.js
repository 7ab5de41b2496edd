// AbortController.abort(reason): the signal fires 'abort' once (onabort and
// listeners, with a trusted Event and `this` the signal), keeps aborted and
// reason, ignores a second abort, and throwIfAborted throws the reason.
var ac = new AbortController();
var s = ac.signal;
console.log(s.aborted, s.reason, s.onabort, s === ac.signal);
s.onabort = function (e) {
  console.log('onabort', e.type, e.isTrusted, this === s, e instanceof Event);
};
s.addEventListener('abort', function () { console.log('listener', s.aborted, s.reason); });
ac.abort('why');
ac.abort('again');
console.log(s.aborted, s.reason);
try {
  s.throwIfAborted();
} catch (e) {
  console.log('thrown', e);
}
new AbortController().signal.throwIfAborted();
console.log('not aborted: no throw');
