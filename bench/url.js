// URL parsing: microseconds per new URL() of a typical URL with
// credentials, a port, dot segments, a query and a fragment (reading href
// and one search param), and per url.parse() of the same kind of URL.
var n = 3000;
var inputs = [];
for (var i = 0; i < n; i++) {
  inputs.push('https://user:pw@www.example.com:8080/a/b/../c/' + i + '?x=' + i + '&y=2#frag');
}
var t0 = Date.now();
var total = 0;
for (i = 0; i < n; i++) {
  var u = new URL(inputs[i]);
  total += u.href.length + u.searchParams.get('x').length;
}
var t1 = Date.now();
var url = require('url');
for (i = 0; i < n; i++) total += url.parse(inputs[i], true).href.length;
var t2 = Date.now();
if (total <= 0) throw new Error('wrong result');
console.log('new_url_us ' + ((t1 - t0) * 1000 / n).toFixed(1));
console.log('url_parse_us ' + ((t2 - t1) * 1000 / n).toFixed(1));
