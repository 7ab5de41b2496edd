// Required by main.js: a module deeper in the tree. require('deep') from here
// walks up: app/lib/node_modules (nothing), then app/node_modules (found).
module.exports = require('deep');
