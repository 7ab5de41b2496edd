// Seed-catalogue lesson L18: the resolution walk (extensions, package.json
// main, index, node_modules), run from the app's lib directory.
require('./app/lib/resolution.js');
