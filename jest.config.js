/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest'],
    // jose 6 ships ES modules only; Node runs them through require(esm), Jest 30 on Node 20 needs them compiled
    '/node_modules/jose/.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  // Kuzu databases are per test file; two workers fit our 2-core machines.
  maxWorkers: 2,
};
