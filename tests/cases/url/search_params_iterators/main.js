// URLSearchParams iteration: keys(), values(), entries() and
// [Symbol.iterator] (which is entries) give iterators whose next() walks
// the live list; iterators are iterable themselves, have the tag
// 'URLSearchParams Iterator', and inspect as what is left to come.
var p = new URLSearchParams('a=1&b=2&a=3');
function drain(it) {
  var out = [];
  for (var r = it.next(); !r.done; r = it.next()) out.push(JSON.stringify(r.value));
  return out.join(' ');
}
console.log('keys:', drain(p.keys()));
console.log('values:', drain(p.values()));
console.log('entries:', drain(p.entries()));
console.log('default:', drain(p[Symbol.iterator]()));
console.log(p[Symbol.iterator] === p.entries, p[Symbol.iterator].name);
var it = p.keys();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it), typeof it.next);
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
var live = new URLSearchParams('x=1');
var liveIt = live.values();
console.log(liveIt.next().value);
live.append('y', '2');
console.log(liveIt.next().value, liveIt.next().done);
var e = new URLSearchParams('a=1&b=2&c=3').entries();
console.log(e);
e.next();
console.log(e);
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1&b=2').values());
console.log(new URLSearchParams('').entries());
console.log(new URLSearchParams([['long', 'x'.repeat(60)], ['other', 'y'.repeat(60)]]).entries());
console.log(require('util').inspect({ it: new URLSearchParams('a=1').keys() }, { depth: 0 }));
try {
  it.next.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
var mapFromParams = new Map(new URLSearchParams('m=1&n=2'));
console.log(mapFromParams.get('m'), mapFromParams.get('n'), mapFromParams.size);
