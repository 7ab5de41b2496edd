// hex: pairs of digits until the first pair that is not one; an odd final
// digit is dropped; upper and lower case.
var inputs = ['', 'a', 'ab', 'abc', 'ABCD', 'aBcD', '0g12', 'zz12', '12zz34', '1 23', '\u00e912', '12\u00e9', 'ffff'];
inputs.forEach(function (s) {
  var b = Buffer.from(s, 'hex');
  console.log(JSON.stringify(s) + ' -> [' + b.toString('hex') + '] length ' + b.length +
    ' byteLength ' + Buffer.byteLength(s, 'hex'));
});
for (var cap = 0; cap <= 3; cap++) {
  var w = Buffer.alloc(cap, 0x2e);
  console.log('write "a1b2c3" into ' + cap + ' -> ' + w.write('a1b2c3', 'hex') + ' ' + w.toString('hex'));
}
var w2 = Buffer.alloc(4);
console.log('write hex at 1: ' + w2.write('ffee', 1, 'hex') + ' ' + w2.toString('hex'));
console.log('toString hex range: ' + Buffer.from([1, 2, 3, 4, 255]).toString('hex', 1, 4));
try {
  Buffer.alloc(4).fill('zz', 'hex');
} catch (e) {
  console.log('fill with invalid hex: ' + e.name + ' ' + e.code + ': ' + e.message);
}
