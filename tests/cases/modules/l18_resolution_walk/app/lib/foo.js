module.exports = 'foo.js wins over foo.json';
