// application/x-www-form-urlencoded as Node writes and reads it: every
// character but A-Z a-z 0-9 * - . _ is percent-encoded as UTF-8 and a space
// becomes '+'; reading turns '+' into a space and decodes %XX (a bad escape
// stays as it is, bytes that are not UTF-8 become U+FFFD).
var ascii = '';
for (var c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
var p = new URLSearchParams();
p.append(ascii, ascii);
console.log(p.toString());
p = new URLSearchParams();
p.append('\u00e9\u20ac\ud83d\ude00', '\u0000\t\n\u007f\u0080\u07ff\u0800\uffff');
console.log(p.toString());
['a=b+c', 'a+b=c', 'a=%2B', 'a=%20%2b%2B', 'a=%zz', 'a=%', 'a=%4', 'a=%41%', 'a=%C3%A9', 'a=%c3%a9',
  'a=%E9', 'a=%C3', 'a=%C3%28', 'a=%ED%A0%80', 'a=%F0%9F%98%80', 'a=%F0%9F%98', 'a=%EF%BB%BFx',
  '%61=%62', 'a=b=c', '=x', 'x=', '&', 'a&&b', 'a=1;b=2', '\u00e9=\u00e9%zz', '\u00e9=%FF'].forEach(function (input) {
  var out = [];
  new URLSearchParams(input).forEach(function (value, name) {
    out.push(JSON.stringify(name) + ':' + JSON.stringify(value));
  });
  console.log(JSON.stringify(input) + ' -> ' + out.join(', '));
});
var round = new URLSearchParams('q=a b&r=%26%3D&s=\u00fc');
console.log(round.toString(), new URLSearchParams(round.toString()).get('r'));
