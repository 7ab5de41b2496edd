// url.searchParams is live and two-way: changing the params rewrites the
// URL's query (all removed: no '?'), and setting search or href re-reads
// the params; the same object is returned every time.
var u = new URL('https://example.com/path?a=1&b=2#hash');
var params = u.searchParams;
console.log(params === u.searchParams, params.toString());
params.append('c', 'x y');
console.log(u.href);
params.set('a', '\u00e9');
console.log(u.href, u.search);
params.sort();
console.log(u.href);
params.delete('a');
params.delete('b');
params.delete('c');
console.log(JSON.stringify(u.href), JSON.stringify(u.search));
u.search = '?z=9&z=8&y';
console.log(params.getAll('z'), params.get('y'), params.size);
u.search = '';
console.log(params.size, u.href);
u.href = 'http://other/?q=%41&r=+';
console.log(params.get('q'), JSON.stringify(params.get('r')), u.searchParams === params);
u.hash = 'changed';
console.log(params.toString(), u.href);
params.set('k', 'v');
console.log(u.href);
u.search = '??odd';
console.log(JSON.stringify(params.toString()), u.search);
var v = new URL('http://example.com/?x=%zz&y=%F0%9F%92%A9&z=a+b%2Bc');
console.log(v.searchParams.get('x'), v.searchParams.get('y'), v.searchParams.get('z'));
v.searchParams.set('x', 'a&b=c');
console.log(v.href);
var w = new URL('http://example.com/?');
console.log(w.searchParams.size, JSON.stringify(w.search), w.href);
w.searchParams.append('a', '');
console.log(w.href);
