// Exercise 12, a reference fix: the try/catch in load() had finished long
// before fs.readFile's callback ran, so it could never catch what the
// callback threw. loadConfig now catches the parse error where it happens and
// passes every error to the callback's first argument.
var fs = require('fs');
var path = require('path');

function loadConfig(name, callback) {
  fs.readFile(path.join(__dirname, name), 'utf8', function parse(err, text) {
    if (err) return callback(err);
    var config;
    try {
      config = JSON.parse(text);
    } catch (parseError) {
      return callback(parseError);
    }
    callback(null, config);
  });
}

function load(name, next) {
  loadConfig(name, function gotConfig(err, config) {
    if (err) {
      console.log('could not load ' + name + ': ' + err.name);
    } else {
      console.log(name + ': port ' + config.port);
    }
    next();
  });
}

load('config.json', function () {
  load('broken-config.json', function () {
    console.log('done');
  });
});
