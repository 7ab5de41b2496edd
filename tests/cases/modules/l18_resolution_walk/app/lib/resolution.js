var path = require('path');
function rel(p) { return path.relative(path.join(__dirname, '..', '..'), p) || '.'; }
console.log('module.paths:'); module.paths.slice(0, 3).forEach(function (p) { console.log('  ' + rel(p)); });
console.log(require('./foo'));
console.log(require('./config').port);
console.log(require('pkgmain'));
console.log(require('pkgindex'));
console.log(require('pkgbadmain'));
console.log(require('deep'));
console.log('require("events") is core:', typeof require('events') === 'function' && require('events') !== require('../../node_modules/events'));
try { require('does-not-exist'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
