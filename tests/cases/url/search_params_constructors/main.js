// new URLSearchParams(init): a string (a leading '?' dropped), a record
// object (its own enumerable string keys), a sequence of [name, value] pairs
// (arrays, Maps, Sets, other URLSearchParams, any iterable), or nothing;
// malformed pairs throw ERR_INVALID_TUPLE, a non-callable Symbol.iterator
// ERR_ARG_NOT_ITERABLE.
function dump(label, p) {
  var out = [];
  p.forEach(function (value, name) { out.push(JSON.stringify(name) + ':' + JSON.stringify(value)); });
  console.log(label + ' size=' + p.size + ' [' + out.join(', ') + '] ' + JSON.stringify(p.toString()));
}
dump('none', new URLSearchParams());
dump('undefined', new URLSearchParams(undefined));
dump('null', new URLSearchParams(null));
dump('empty string', new URLSearchParams(''));
dump('?', new URLSearchParams('?'));
dump('string', new URLSearchParams('?a=1&b=2&a=3'));
dump('??', new URLSearchParams('??a=1'));
dump('number', new URLSearchParams(42));
dump('boolean', new URLSearchParams(false));
var record = { a: 1, b: [1, 2], c: null, d: undefined, e: { toString: function () { return 'E'; } } };
Object.defineProperty(record, 'hidden', { value: 'x', enumerable: false });
dump('record', new URLSearchParams(record));
var proto = Object.create({ inherited: 'no' });
proto.own = 'yes';
dump('record with prototype', new URLSearchParams(proto));
dump('array of pairs', new URLSearchParams([['a', '1'], ['b', 2], ['a', null]]));
dump('empty array', new URLSearchParams([]));
dump('Map', new URLSearchParams(new Map([['x', 'y'], ['z', 1]])));
dump('Set of pairs', new URLSearchParams(new Set([['s', 't']])));
dump('pairs as Sets', new URLSearchParams([new Set(['k', 'v'])]));
dump('URLSearchParams', new URLSearchParams(new URLSearchParams('q=1&r=2')));
dump('url.searchParams', new URLSearchParams(new URL('http://a/?u=1').searchParams));
var custom = {};
custom[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i++; return i <= 2 ? { value: ['it' + i, String(i)], done: false } : { done: true }; } };
};
dump('custom iterable', new URLSearchParams(custom));
var copy = new URLSearchParams('a=1');
var from = new URLSearchParams(copy);
copy.append('b', '2');
dump('copy is independent', from);
function fails(label, init) {
  try {
    new URLSearchParams(init);
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
fails('[["a"]]', [['a']]);
fails('[["a","b","c"]]', [['a', 'b', 'c']]);
fails('[null]', [null]);
fails('["ab"]', ['ab']);
fails('[1]', [1]);
fails('[new Set(["a"])]', [new Set(['a'])]);
var bad = {};
bad[Symbol.iterator] = 5;
fails('Symbol.iterator = 5', bad);
