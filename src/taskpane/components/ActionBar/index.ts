export { ActionBar, type ActionBarProps, type PaneAction } from './ActionBar';
