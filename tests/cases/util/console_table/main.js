console.table([{ a: 1, b: 'xyz' }, { a: 22 }]);
console.table([1, 2, 'three']);
console.table({ x: { a: 1 }, y: 2 });
console.table([{ a: 1 }], ['a', 'b']);
console.table([{ name: 'alice', age: 30 }, { name: 'bob', age: 4 }], ['name']);
console.table('not tabular');
console.table(null);
console.table(5);
console.table([]);
console.table({});
console.table([[1, 2], [3, 4, 5]]);
console.table({ row1: { c1: 'v', c2: { nested: true } }, row2: { c1: [1, 2, 3, 4, 5] } });
console.table([{ obj: { a: 1, b: 2, c: 3 } }]);
console.table([{ '深入': '浅出' }, { '深入': 'x' }]);
console.table([{ a: null, b: undefined, c: function f() {} }]);
console.table([1, { a: 1 }, 'x']);
console.table(['a', 'b'], ['missing']);
console.table(new Uint8Array([7, 8]));
try { console.table([], 'bad'); } catch (e) { console.log(e.code, e.message); }
