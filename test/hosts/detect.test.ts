import {
  NO_HOST_MESSAGE,
  NO_WORKBOOK_MESSAGE,
  WPS_NOT_ET_MESSAGE,
  detectHost,
  detectWps,
  requireWpsWorkbook,
} from '../../src/hosts/detect';
import { createFakeEt } from '../support/wps-fake';

describe('detectHost', () => {
  it('finds WPS 表格 from window.Application, even when office.js is loaded too', async () => {
    const { app } = createFakeEt();
    const onReady = jest.fn(async () => ({ host: 'Excel' }));
    const found = await detectHost({ Application: app, Office: { onReady } });
    expect(found).toEqual({ kind: 'wps', application: app });
    expect(onReady).not.toHaveBeenCalled();
  });

  it('accepts the older `wps` global', () => {
    const { app } = createFakeEt();
    expect(detectWps({ wps: app })).toEqual({ kind: 'wps', application: app });
  });

  it('tells WPS 文字 / 演示 apart: the add-in root without Workbooks', async () => {
    const writer = { PluginStorage: {}, CreateTaskPane: () => undefined, Documents: {} };
    expect(await detectHost({ Application: writer })).toEqual({ kind: 'demo', reason: 'wps-not-et', message: WPS_NOT_ET_MESSAGE });
  });

  it('finds Excel when office.js reports the Excel host', async () => {
    expect(await detectHost({ Office: { onReady: async () => ({ host: 'Excel' }) } })).toEqual({ kind: 'excel' });
  });

  it('falls back to the demo, with a Chinese explanation, in a plain browser with office.js', async () => {
    expect(await detectHost({ Office: { onReady: async () => ({ host: null }) } })).toEqual({
      kind: 'demo',
      reason: 'no-host',
      message: NO_HOST_MESSAGE,
    });
  });

  it('does not wait forever for office.js outside Office', async () => {
    const found = await detectHost({ Office: { onReady: () => new Promise(() => {}) } }, 10);
    expect(found).toMatchObject({ kind: 'demo', reason: 'no-host' });
  });

  it('is the demo with nothing at all, and an Application that is not WPS is not taken for WPS', async () => {
    expect(await detectHost({})).toMatchObject({ kind: 'demo', message: NO_HOST_MESSAGE });
    expect(await detectHost({ Application: { Name: 'something else' } })).toMatchObject({ kind: 'demo' });
  });
});

describe('requireWpsWorkbook', () => {
  it('wants an open workbook', () => {
    const { app } = createFakeEt();
    expect(requireWpsWorkbook({ Application: app })).toEqual({ application: app });
    app.workbooks.length = 0;
    expect(requireWpsWorkbook({ Application: app })).toEqual({ message: NO_WORKBOOK_MESSAGE });
    expect(requireWpsWorkbook({})).toEqual({ message: NO_HOST_MESSAGE });
  });
});
