// console.log / util.inspect of URL objects, URLSearchParams and their
// iterators as Node prints them: URL as a list of its getters, params as
// 'name' => 'value' (on several lines when long), '[Object]' past the depth.
var util = require('util');
var u = new URL('https://user:pass@sub.example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(new URL('file:///tmp/x'));
console.log(new URL('mailto:a@b'));
console.log([new URL('http://a/')]);
console.log({ nested: { deeper: { url: new URL('http://a/') } } });
console.log(util.inspect(new URL('http://a/?x=1'), { depth: 0 }));
console.log(util.inspect({ u: new URL('http://a/') }, { depth: 0 }));
console.log(util.inspect(new URL('http://a/?b=c'), { compact: false }));
console.log(util.inspect(new URL('http://a/?b=c'), { breakLength: Infinity }));
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams({ first: 'x'.repeat(30), second: 'y'.repeat(30) }));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log(util.inspect([new URLSearchParams('a=1')], { depth: 0 }));
console.log(util.inspect(new URLSearchParams('k=v'), { colors: true }));
console.log(util.inspect(new URL('http://a/?k=v'), { colors: true }));
console.log(util.format('%s | %j | %o', new URL('http://a/b'), new URL('http://a/b'), new URLSearchParams('q=1')));
console.log(String(u), JSON.stringify(u), JSON.stringify({ url: u }));
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
