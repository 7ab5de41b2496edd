var util = require('util');
var strs = ['plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'tpl ${x} \' "',
  'new\nline', 'tab\there', 'esc\x1b[0m', 'nul\0', 'bell\x07', 'back\\slash', 'del\x7f', 'c1\x85',
  'unicode é ü 深入', 'lone \ud800 surrogate', 'lone \udc00 low',
  '\r\n', '\b\f\v'];
strs.forEach(function (s) {
  console.log(util.inspect(s));
});
console.log([ "it's" ], { k: 'a\nb' });
var long = '';
for (var i = 0; i < 10; i++) long += 'line number ' + i + ' of the text\n';
console.log(util.inspect(long));
console.log({ text: long });
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('x'.repeat(11), { maxStringLength: 10 }));
console.log(util.inspect(['abcdef'], { maxStringLength: 2 }));
console.log(util.inspect('a'.repeat(100)));
console.log(util.inspect({ key: 'a'.repeat(100) }));
