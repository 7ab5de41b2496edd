// The url and querystring modules as Node lays them out: require('url')
// and require('node:url') give one object, both are built-ins, URL and
// URLSearchParams are globals (the same classes), and the prototypes have
// Node's members, enumerable as Web IDL says.
var url = require('url');
console.log(require('node:url') === url, require('node:querystring') === require('querystring'));
console.log(Object.keys(url).join(' '));
var builtins = require('module').builtinModules;
console.log(builtins.indexOf('url') !== -1, builtins.indexOf('querystring') !== -1,
  require('module').isBuiltin('node:url'), require('module').isBuiltin('querystring'));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof URL, typeof URLSearchParams);
var desc = Object.getOwnPropertyDescriptor(globalThis, 'URL');
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(Object.getOwnPropertyNames(URL.prototype).join(' '));
console.log(Object.keys(URL.prototype).join(' '));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join(' '));
console.log(Object.keys(URL).join(' '), URL.length, URLSearchParams.length, URL.name, URLSearchParams.name);
var u = new URL('http://a.com/x?y#z');
console.log(Object.keys(u).length, u instanceof URL, u.constructor === URL);
for (var key in u) {
  if (typeof u[key] !== 'function') console.log('  ' + key + ' = ' + u[key]);
}
console.log(typeof Object.getOwnPropertyDescriptor(URL.prototype, 'href').set,
  typeof Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set,
  typeof Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams').set);
try {
  URL.createObjectURL({});
} catch (err) {
  console.log(err.name, err.code);
}
console.log(URL.revokeObjectURL('blob:nodedata:x'));
console.log(typeof url.Url, typeof url.parse, typeof url.format, typeof url.resolve, typeof url.resolveObject,
  typeof url.fileURLToPath, typeof url.pathToFileURL, typeof url.urlToHttpOptions, typeof url.domainToASCII,
  typeof url.domainToUnicode);
