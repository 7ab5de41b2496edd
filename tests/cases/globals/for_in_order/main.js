// `for (k in globalThis)` lists the enumerable globals in Node's order:
// global, the timers, queueMicrotask, structuredClone, atob, btoa,
// performance, crypto. (Node also lists fetch, which tickscope does not
// provide; it is left out here.)
var keys = [];
for (var k in globalThis) {
  if (k !== 'fetch') keys.push(k);
}
console.log(keys.join('\n'));
console.log(Object.keys(globalThis).filter(function (n) {
  return n !== 'fetch';
}).length);
