// URLSearchParams methods: append, delete (with and without a value), get,
// getAll, has (with a value), set (first match kept, others removed), sort
// (stable, by UTF-16 code units), forEach (sees pairs added while it runs),
// size and toString; missing arguments and a wrong `this` throw as in Node.
var p = new URLSearchParams('z=1&a=2&z=3&b=&a=4');
console.log(p.get('z'), p.get('none'), p.getAll('a'), p.getAll('none'), p.has('b'), p.has('b', ''),
  p.has('a', '4'), p.has('a', '5'), p.size);
p.append('a', 5);
p.append(null, undefined);
console.log(p.toString());
p.set('a', 'only');
console.log(p.toString());
p.set('new', 'x');
console.log(p.toString());
p.delete('z', '3');
console.log(p.toString());
p.delete('z');
console.log(p.toString(), p.size);
var s = new URLSearchParams('b=1&a=1&c=1&a=2&B=0&\u00e9=1&e=1&a=0&\ud83d\ude00=1&\uff5e=1&_=1&=empty');
s.sort();
console.log(s.toString());
var many = new URLSearchParams();
for (var i = 0; i < 120; i++) many.append('k' + (i * 7919) % 97, String(i));
many.sort();
console.log(many.toString().slice(0, 200));
var seen = [];
var grow = new URLSearchParams('a=1');
grow.forEach(function (value, name, self) {
  seen.push(name + '=' + value + ' ' + (self === grow));
  if (seen.length < 3) self.append('n' + seen.length, 'v');
});
console.log(seen.join(' | '));
var ctx = {};
new URLSearchParams('x=1').forEach(function () { console.log('thisArg kept:', this === ctx); }, ctx);
function fails(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
fails('append(1 arg)', function () { p.append('a'); });
fails('set(1 arg)', function () { p.set('a'); });
fails('get()', function () { p.get(); });
fails('getAll()', function () { p.getAll(); });
fails('has()', function () { p.has(); });
fails('delete()', function () { p['delete'](); });
fails('forEach(5)', function () { p.forEach(5); });
fails('get on {}', function () { URLSearchParams.prototype.get.call({}, 'a'); });
fails('toString on {}', function () { URLSearchParams.prototype.toString.call({}); });
fails('without new', function () { URLSearchParams('a=1'); });
console.log(String(new URLSearchParams('a=b c')), JSON.stringify(new URLSearchParams('a=1')),
  new URLSearchParams('x=1') + '');
