module.exports = 'sub/index.js';
