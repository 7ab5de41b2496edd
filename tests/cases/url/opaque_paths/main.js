// Non-special schemes: without '//' the path is opaque (only C0 controls
// are encoded and nothing is normalized); with '//' there is an opaque host
// and a normal path. '/.//' keeps a path starting with '//' from reading as
// a host; an opaque path loses trailing spaces when its query and fragment go.
function show(input) {
  var out;
  try {
    var u = new URL(input);
    out = JSON.stringify(u.href) + ' host=' + JSON.stringify(u.host) + ' pathname=' + JSON.stringify(u.pathname) +
      ' search=' + JSON.stringify(u.search) + ' hash=' + JSON.stringify(u.hash) + ' origin=' + u.origin;
  } catch (err) {
    out = 'fails';
  }
  console.log(JSON.stringify(input) + ' -> ' + out);
}
['mailto:Someone@Example.com?subject=Hi there#x', 'javascript:alert("x y")', 'data:text/plain,a b c',
  'urn:isbn:0451450523', 'sc:x/../y/./z', 'sc:\\x\\y', 'sc: x ', 'sc:\u0001\u007f\u00e9', 'sc:%zz',
  'sc:', 'sc:?q', 'sc:#f', 'sc:/', 'sc:/x/../y', 'sc:/x/..', 'sc://', 'sc:///', 'sc:////x', 'sc://h',
  'sc://h/', 'sc://h/a/../b/./c', 'sc://h/a\\b', 'sc://H\u00c9/x', 'sc://u:p@h:8080/x', 'sc://h:0/x',
  'sc://:8080/', 'sc://@h/', 'sc:/.//x', 'sc:/..//x', 'sc:/.//x/..', 'sc://h/.//x', 'web+demo:/.//not-a-host/',
  'sc://h?q#f', 'SC://H/X', 'a1+-.b:x', 'blob:https://example.com:8/uuid', 'blob:ftp://x/y', 'blob:d3',
  'foo://path/..', 'foo://path/a/..', 'foo:/..'].forEach(show);
var d = new URL('data:text/plain,trailing   ?q');
d.search = '';
console.log('search cleared:', JSON.stringify(d.href));
var e = new URL('data:text/plain,trailing   #f');
e.hash = '';
console.log('hash cleared:', JSON.stringify(e.href));
var f = new URL('data:text/plain,kept   ?q#f');
f.hash = '';
console.log('query kept:', JSON.stringify(f.href));
var g = new URL('data:x   ?a=1');
g.searchParams.delete('a');
console.log('params emptied:', JSON.stringify(g.href));
