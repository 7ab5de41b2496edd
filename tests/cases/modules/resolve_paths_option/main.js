// require.resolve(request, { paths }) looks from other directories;
// require.resolve.paths lists where a bare name is searched.
var path = require('path');
var found = require.resolve('only-here', { paths: [path.join(__dirname, 'other')] });
console.log(path.relative(__dirname, found));
try { require.resolve('only-here'); } catch (e) { console.log('from here:', e.code); }
console.log(require.resolve.paths('x').slice(0, 2).map(function (p) { return path.relative(__dirname, p); }).join(' | '));
console.log('core:', require.resolve.paths('fs'));
console.log('relative:', require.resolve.paths('./x').map(function (p) { return path.relative(__dirname, p) || '.'; }).join(','));
