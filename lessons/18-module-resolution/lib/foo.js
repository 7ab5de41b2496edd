module.exports = 'lib/foo.js: .js is tried before .json';
