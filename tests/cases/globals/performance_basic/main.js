// performance: now() is a number that grows, timeOrigin plus now() is about
// Date.now(), and user timing: mark() and measure() return entries that the
// getEntries* queries list in startTime order, and clearMarks() removes marks.
var t0 = performance.now();
var t1 = performance.now();
console.log(typeof t0, t1 >= t0, t0 >= 0);
console.log(typeof performance.timeOrigin,
  Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
var a = performance.mark('a', { detail: { step: 1 } });
var b = performance.mark('b', { startTime: a.startTime + 5 });
// (Differences rounded: a.startTime is a real time, and (x + 5) - x is not
// always exactly 5 in floating point.)
function ms(d) { return Math.round(d * 1000) / 1000; }
console.log(a.name, a.entryType, a.duration, a.detail, ms(b.startTime - a.startTime), b.detail);
var m = performance.measure('a to b', 'a', 'b');
console.log(m.name, m.entryType, ms(m.duration), m.startTime === a.startTime);
var m2 = performance.measure('from origin');
console.log(m2.startTime, m2.duration >= 0);
console.log(performance.getEntriesByType('mark').map(function (e) { return e.name; }));
console.log(performance.getEntriesByName('a to b').length, performance.getEntries().length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map(function (e) { return e.name; }));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
try {
  performance.measure('x', 'no-such-mark');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(a instanceof PerformanceMark, a instanceof PerformanceEntry,
  performance instanceof Performance);
