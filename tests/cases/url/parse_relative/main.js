// new URL(input, base): relative references resolved against a base as the
// URL Standard's relative states do (RFC 3986's examples and more): path
// merging, dot segments, query- and fragment-only references,
// scheme-relative and backslash forms, and a base with an opaque path.
function resolve(input, base) {
  var out;
  try {
    out = new URL(input, base).href;
  } catch (err) {
    out = 'throws ' + err.code;
  }
  console.log(JSON.stringify(input) + ' against ' + base + ' -> ' + out);
}
var base = 'http://a/b/c/d;p?q';
['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
  '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
  '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
  'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g',
  '\\g', '\\\\g\\h', '/\\g', '//g:81/x', '// g', '?', '#', ' g ', 'g\th'].forEach(function (input) {
  resolve(input, base);
});
['x', '/x', '?q', '#f', '../..', 'https://other/'].forEach(function (input) {
  resolve(input, 'https://user:pw@host:8443/dir/file?query#frag');
});
['x', '#f', '?q', '/x', '//h/x'].forEach(function (input) {
  resolve(input, 'mailto:someone@example.com');
  resolve(input, 'sc://host/dir/file');
  resolve(input, 'sc:/dir/file');
});
resolve('x', new URL('http://obj/base/'));
resolve('../y', { toString: function () { return 'http://tostring/a/b/c'; } });
