export { NoHost, type NoHostProps } from './NoHost';
