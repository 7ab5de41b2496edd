// Exercise 12 (fix the script): loadConfig() reads a JSON file and hands the
// parsed object to a callback. The caller wraps it in try/catch to handle bad
// files. It works for config.json, but broken-config.json crashes the whole
// process instead of printing "could not load ...".
//
// Make loadConfig report errors the Node way (error-first callbacks), so that
// both files are handled and the script ends normally (exit code 0).
var fs = require('fs');
var path = require('path');

function loadConfig(name, callback) {
  fs.readFile(path.join(__dirname, name), 'utf8', function parse(err, text) {
    if (err) throw err;
    callback(JSON.parse(text));
  });
}

function load(name, next) {
  try {
    loadConfig(name, function gotConfig(config) {
      console.log(name + ': port ' + config.port);
      next();
    });
  } catch (e) {
    console.log('could not load ' + name + ': ' + e.name);
    next();
  }
}

load('config.json', function () {
  load('broken-config.json', function () {
    console.log('done');
  });
});
