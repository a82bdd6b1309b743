// Component tests wait for async work; on a loaded CI machine 1 s (the default) is too tight.
if (typeof document !== 'undefined') {
  require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });
}
