// `for (k in globalThis)` lists the enumerable globals in Node's order:
// global, the timers, queueMicrotask, structuredClone, atob, btoa,
// performance. (Node also lists fetch and crypto, which tickscope does not
// provide; they are left out here.)
var keys = [];
for (var k in globalThis) {
  if (k !== 'fetch' && k !== 'crypto') keys.push(k);
}
console.log(keys.join('\n'));
console.log(Object.keys(globalThis).filter(function (n) {
  return n !== 'fetch' && n !== 'crypto';
}).length);
