module.exports = 'lib.js (file)';
