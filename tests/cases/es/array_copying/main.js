// The ES2023 copying methods: toSorted, toReversed, toSpliced, with; the
// original is left as it was.
var a = [3, 1, 2];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(1, 1, 'x', 'y'), a.with(0, 9), a.with(-1, 7), a);
console.log([1, , 3].toReversed(), [1, 2, 3].toSpliced(1), [1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(-1, 0, 'z'));
console.log(['b', 'a'].toSorted(function (x, y) { return x < y ? 1 : -1; }));
try { a.with(3, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a.with(-4, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
