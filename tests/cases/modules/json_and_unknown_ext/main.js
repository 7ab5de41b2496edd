// An unknown extension loads as JavaScript; a JSON syntax error names the file.
console.log(require('./data.txt'));
try {
  require('./broken.json');
} catch (e) {
  console.log(e.name, 'mentions the file:', e.message.indexOf('broken.json') !== -1);
}
try { require('./missing'); } catch (e) {
  console.log(e.code, '| require stack has main.js:', e.requireStack.length === 1 && /main\.js$/.test(e.requireStack[0]));
}
