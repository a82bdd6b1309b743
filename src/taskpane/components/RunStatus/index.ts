export { RunStatus, type PaneMessage, type RunStatusProps } from './RunStatus';
