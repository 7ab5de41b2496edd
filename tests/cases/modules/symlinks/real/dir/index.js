module.exports = 'index of the real dir';
