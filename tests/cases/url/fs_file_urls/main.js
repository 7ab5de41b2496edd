// fs functions take a file: URL wherever they take a path: it is turned
// into a path as url.fileURLToPath does (percent-decoded; another scheme, a
// host or an encoded '/' throw), and a legacy url.parse() object is refused.
var fs = require('fs');
var path = require('path');
var url = require('url');
var dir = path.join(require('os').tmpdir(), 'tickscope-url-fs-case');
fs.mkdirSync(dir, { recursive: true });
var file = path.join(dir, 'a b%c \u00e9.txt');
fs.writeFileSync(url.pathToFileURL(file), 'written through a URL');
console.log(fs.readFileSync(file, 'utf8'));
console.log(fs.readFileSync(url.pathToFileURL(file), 'utf8'));
console.log(fs.existsSync(url.pathToFileURL(file)), fs.statSync(url.pathToFileURL(file)).size);
console.log(url.pathToFileURL(file).href.slice(-26));
fs.readFile(url.pathToFileURL(file), 'utf8', function (err, text) {
  console.log('readFile:', err, text);
  function fails(label, target) {
    try {
      fs.readFileSync(target);
      console.log(label, 'no error');
    } catch (e) {
      console.log(label, e.name, e.code, e.message.split(dir).join('DIR'));
    }
  }
  fails('http URL', new URL('http://example.com/x'));
  fails('file URL with a host', new URL('file://host/x'));
  fails('encoded slash', new URL('file:///a%2Fb'));
  fails('legacy object', url.parse('file:///x'));
  fails('missing file', url.pathToFileURL(path.join(dir, 'none')));
  console.log(fs.existsSync(new URL('file://host/x')), fs.existsSync(new URL('http://a/')));
  fs.unlinkSync(url.pathToFileURL(file));
  fs.rmdirSync(dir);
  console.log('cleaned:', fs.existsSync(dir));
});
