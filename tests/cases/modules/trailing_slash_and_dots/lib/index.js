module.exports = 'lib/index.js (directory)';
