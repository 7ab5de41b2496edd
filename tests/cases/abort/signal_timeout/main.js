// AbortSignal.timeout(ms) aborts with a DOMException named TimeoutError;
// its timer is unref'd, so a pending long timeout does not keep the process
// alive (this script ends at once after the short one). Bad delays throw.
var t = AbortSignal.timeout(10);
t.onabort = function () {
  var e = t.reason;
  console.log('timeout:', e.name, e.message, e.code, t.aborted);
};
AbortSignal.timeout(100000);
// A ref'd timer longer than the timeout keeps the process up to see it.
setTimeout(function () { console.log('later', t.aborted); }, 30);
[-1, 1.5, '10'].forEach(function (d) {
  try {
    AbortSignal.timeout(d);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
