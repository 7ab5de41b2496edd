// Object.entries, values, fromEntries, getOwnPropertyDescriptors, hasOwn.
var o = { b: 1, a: 2, 10: 'ten', 2: 'two' };
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log(Object.entries(o), Object.values(o), Object.entries('hi'), Object.values([7, 8]));
console.log(Object.fromEntries([['x', 1], ['y', [2]]]), Object.fromEntries(Object.entries(o).map(function (e) { return [e[0], typeof e[1]]; })));
var d = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(d), d.hidden);
var sym = Symbol('s');
var withSym = {};
withSym[sym] = 1;
console.log(Object.getOwnPropertyDescriptors(withSym)[sym]);
console.log(Object.hasOwn(o, 'a'), Object.hasOwn(o, 'toString'), Object.hasOwn([1], 0), Object.hasOwn('abc', 'length'));
console.log(Object.entries.length, Object.fromEntries.length, Object.hasOwn.length);
try { Object.entries(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.hasOwn(undefined, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
