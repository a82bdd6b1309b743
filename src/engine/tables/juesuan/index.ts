export * from './tables';
export { JUESUAN_RELATIONS } from './relations';
export { JUESUAN_9, JUESUAN_9_SANGONG_LAST, JUESUAN_HENAN_8, JUESUAN_YUNNAN, JUESUAN_SICHUAN_13, JUESUAN_JIANGXI, JUESUAN_PROFILES } from './profiles';
export { readAcross } from './read-across';
