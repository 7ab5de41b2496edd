// ES2016+ array methods Duktape lacks, as V8 does them: includes
// (SameValueZero: NaN is found, holes read as undefined), find/findIndex/
// findLast/findLastIndex, fill and copyWithin with relative indexes, flat
// and flatMap (holes skipped), at; on arrays and on array-likes.
console.log([1, 2, NaN].includes(NaN), [1, 2, 3].includes(2, 2), [1, 2, 3].includes(3, -1), [, 1].includes(undefined));
console.log([0].includes(-0), [1, 2, 3].indexOf(NaN), ['a', 'b'].includes('b', -5));
var people = [{ n: 'ann', a: 31 }, { n: 'bob', a: 25 }, { n: 'cy', a: 31 }];
console.log(people.find(function (p) { return p.a === 31; }).n, people.findIndex(function (p) { return p.a > 40; }),
  people.findLast(function (p) { return p.a === 31; }).n, people.findLastIndex(function (p) { return p.a === 31; }));
console.log([1, 2, 3].find(function (v, i, arr) { return this.t === v && arr.length === 3 && i === 1; }, { t: 2 }));
console.log([1, 2, 3, 4, 5].fill(0, 1, -1), new Array(3).fill('x'), [1, 2, 3].fill(9, -2));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0));
console.log([1, [2, [3, [4]]], 5].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, , 3].flat(), [[1], [2]].flat(0).length);
console.log(['a b', 'c'].flatMap(function (s) { return s.split(' '); }), [1, 2].flatMap(function (x) { return [[x]]; }));
console.log([10, 20, 30].at(0), [10, 20, 30].at(-1), [10, 20, 30].at(5), [10, 20, 30].at(1.7), 'x'.length);
var arrayLike = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.includes.call(arrayLike, 'b'), Array.prototype.at.call(arrayLike, -1),
  Array.prototype.find.call(arrayLike, function (v) { return v > 'a'; }));
console.log(Object.keys([1, 2]), (function () { var k = []; for (var i in [7]) k.push(i); return k; })());
console.log(Array.prototype.includes.length, Array.prototype.find.length, Array.prototype.fill.length,
  Array.prototype.copyWithin.length, Array.prototype.flat.length, Array.from.length, Array.prototype.at.name);
try { [].find(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [].find({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.includes.call(null, 1); } catch (e) { console.log(e.name); }
