// String methods Duktape lacks: padStart/padEnd, trimStart/trimEnd (and
// the trimLeft/trimRight aliases), replaceAll (with $-patterns and
// functions), at, matchAll, String.raw, iteration by code point.
console.log('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padEnd(6, 'xy') + '|', 'abc'.padStart(2), 'a'.padStart(3) + '|', 'a'.padEnd(4, '') + '|');
console.log('[' + '  hi  '.trimStart() + ']', '[' + '  hi  '.trimEnd() + ']', '[' + '\u00a0\ufeff x \n'.trimStart() + ']');
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);
console.log('a-b-c'.replaceAll('-', '+'), 'aaa'.replaceAll('a', 'ba'), 'abc'.replaceAll('', '_'), 'x.y.z'.replaceAll('.', '$&$&'));
console.log('a1b1'.replaceAll('1', function (m, offset, s) { return '[' + m + offset + s.length + ']'; }), 'ab'.replaceAll('b', "$`$'$$"));
console.log('a1b22c333'.replaceAll(/\d+/g, '#'));
try { 'a'.replaceAll(/a/, ''); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('hello'.at(-1), 'hello'.at(0), 'hello'.at(10));
var matches = [];
var it = 'test1 test22 test333'.matchAll(/t(e)st(\d+)/g);
for (var m = it.next(); !m.done; m = it.next()) matches.push(m.value[0] + '@' + m.value.index + ':' + m.value[2]);
console.log(matches.join(' '), Object.prototype.toString.call(it));
var empty = [];
var e = 'ab'.matchAll(/x*/g);
for (var s = e.next(); !s.done; s = e.next()) empty.push(s.value.index);
console.log(empty);
try { 'a'.matchAll(/a/); } catch (err) { console.log(err.name + ': ' + err.message); }
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3), String.raw({ raw: 'xyz' }, '-', '-'));
console.log(Array.from('a\ud83d\ude00').length, 'x'.padStart.length, ''.replaceAll.length);
