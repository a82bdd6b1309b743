/**
 * Entry of the WPS add-in's index.html page (webpack entry "wps-ribbon"): WPS loads this page when it
 * starts and calls the functions wps/ribbon.xml names, which this puts on `window`.
 */
import { runGenerate, runValidate } from '../app/run-commands';
import { installRibbon, type RibbonWindow } from './wps-ribbon';
import { createWpsHost } from '../hosts/wps/wps-host';

installRibbon({
  commands: { runValidate, runGenerate },
  createHost: (app) => createWpsHost(app),
  win: window as unknown as RibbonWindow,
});
