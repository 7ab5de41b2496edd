// inspect options on Maps and Sets: depth, maxArrayLength, sorted, showHidden,
// breakLength, and %o / %O.
var util = require('util');
var m = new Map([[3, 'c'], [1, 'a'], [2, { deep: { deeper: { deepest: 1 } } }]]);
console.log(util.inspect(m, { depth: 0 }));
console.log(util.inspect(m, { depth: -1 }));
console.log(util.inspect({ a: { b: new Map([[1, 2]]) } }, { depth: 0 }));
console.log(util.inspect({ a: { b: new Map([[1, 2]]) } }, { depth: 1 }));
console.log(util.inspect({ a: { b: new Set([1]) } }, { depth: 1 }));
console.log(util.inspect(m, { depth: null }));
console.log(util.inspect(m, { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 2 }));
console.log(util.inspect(m.entries(), { maxArrayLength: 1 }));
console.log(util.inspect(m.keys(), { maxArrayLength: 2 }));
console.log(util.inspect(m, { sorted: true }));
console.log(util.inspect(new Set(['b', 'a', 'c']), { sorted: true }));
console.log(util.inspect(new Map([['a', 1]]), { showHidden: true }));
console.log(util.inspect(new Set([1]), { showHidden: true }));
var key = { k: 1 };
var keyed = new Map([[key, 1]]);
console.log(util.inspect(key, { showHidden: true }), util.inspect(keyed, { showHidden: true }));
console.log(util.inspect(new Map([['aaaa', 1], ['bbbb', 2], ['cccc', 3]]), { breakLength: 20 }));
console.log(util.inspect(new Map([['a', 1]]), { compact: true }));
console.log('%o', new Map([[1, { a: 1 }]]));
console.log('%O', new Set([[1, 2]]));
