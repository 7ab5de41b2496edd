// Keys compare with SameValueZero: NaN equals NaN, -0 and +0 are one key
// (stored as +0), and values of different types never collide.
var m = new Map();
m.set(NaN, 'nan');
console.log(m.get(NaN), m.has(0 / 0), m.size);
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), m.size, Object.is(m.keys().next().value, NaN));
var keys = [];
m.forEach(function (v, k) { keys.push(k); });
console.log(Object.is(keys[1], 0), Object.is(keys[1], -0));
m.set(0, 'zero again');
console.log(m.size, m.get(-0));
m.set(1, 'number').set('1', 'string').set(true, 'bool').set('true', 'string true');
m.set(null, 'null').set('null', 'string null').set(undefined, 'undef').set('undefined', 'string undef');
console.log(m.get(1), m.get('1'), m.get(true), m.get('true'), m.get(null), m.get('null'),
  m.get(undefined), m.get('undefined'), m.size);
var s1 = Symbol('s');
var s2 = Symbol('s');
m.set(s1, 'sym1').set(s2, 'sym2').set('Symbol(s)', 'string');
console.log(m.get(s1), m.get(s2), m.get('Symbol(s)'), m.get(Symbol.for('s')));
m.set('__proto__', 'proto').set('constructor', 'ctor').set('hasOwnProperty', 'hop');
console.log(m.get('__proto__'), m.get('constructor'), m.get('hasOwnProperty'), m.get('toString'));
m.set(1e21, 'big').set(0.1 + 0.2, 'float').set(Infinity, 'inf').set(-Infinity, '-inf');
console.log(m.get(1e21), m.get(0.30000000000000004), m.get(0.3), m.get(Infinity), m.get(-Infinity));
console.log(m.delete(NaN), m.has(NaN), m.delete(-0), m.has(0), m.size);
var s = new Set([0, -0, NaN, NaN, '0', '']);
console.log(s.size, s.has(-0), s.has(NaN), Object.is(s.values().next().value, -0));
