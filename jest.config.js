/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Tests that read every example workbook take seconds on a loaded 2-core machine: no test is timed.
  testTimeout: 30000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup-dom.js'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
