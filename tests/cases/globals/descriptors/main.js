// The shape of the global properties: data or accessor (lazily loaded),
// writable, enumerable, configurable, as Node defines them. Read before any
// of the lazy ones is touched, since touching one turns it into data.
// (console is left out: Node makes it at start-up, tickscope on first use.)
var names = ['global', 'globalThis', 'process', 'Buffer', 'setTimeout', 'clearTimeout',
  'setImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance',
  'EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException',
  'TextEncoder', 'TextDecoder', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'AggregateError'];
var lines = names.map(function (n) {
  var d = Object.getOwnPropertyDescriptor(globalThis, n);
  if (d === undefined) return n + ' missing';
  var shape = 'value' in d ? 'data' + (d.writable ? ' writable' : '') : 'accessor' + (d.set ? ' set' : '');
  return n + ': ' + shape + (d.enumerable ? ' enumerable' : '') + (d.configurable ? ' configurable' : '');
});
lines.push(names.map(function (n) { return typeof globalThis[n]; }).join(' '));
// After first use a lazy global is a plain writable property.
var d = Object.getOwnPropertyDescriptor(globalThis, 'AbortController');
lines.push('AbortController after use: ' + ('value' in d) + ' ' + d.writable + ' ' + d.enumerable);
var a = Object.getOwnPropertyDescriptor(globalThis, 'atob');
lines.push('atob after use: ' + ('value' in a) + ' ' + a.writable + ' ' + a.enumerable);
console.log(lines.join('\n'));
