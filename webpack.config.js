/**
 * Browser bundles, all written to dist/:
 *
 *   taskpane.html + taskpane.js   the task pane (Excel, WPS; a plain browser gets a pointer to the demo)
 *   commands.html + commands.js   Excel's function file: the 校验 / 生成说明 ribbon buttons
 *   notice.html + notice.js       the small dialog a ribbon button opens to say "未发现问题" and the like
 *   demo.html + demo.js           the simulated workbook beside the task pane (npm run demo)
 *   help.html                     the manifest's help and "learn more" page (static)
 *   demo-workbook.json            the demo's workbook, parsed at build time from examples/source/changji-2023.txt
 *   wps-ribbon.js                 WPS ribbon callbacks, when src/commands/wps-main.ts exists
 *   office-js/                    office.js and the Excel files it loads, served from our own origin (no CDN)
 *
 * Everything, node_modules included, is compiled to ES2017 syntax for the Chromium that WPS embeds
 * (test/wps/bundle-target.test.ts checks the output).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { buildDemoWorkbook, DEMO_SOURCE } = require('./scripts/demo-workbook');

const ROOT = __dirname;
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const WPS_RIBBON_ENTRY = path.join(ROOT, 'src', 'commands', 'wps-main.ts');
const ADDIN_ASSETS = path.join(ROOT, 'assets');

/** office.js, its file table, the Excel host files and the two locales the pane can be shown in. */
const OFFICE_JS_FILES = (() => {
  if (!fs.existsSync(OFFICE_JS_DIR)) return [];
  const top = fs
    .readdirSync(OFFICE_JS_DIR)
    .filter((f) => !f.includes('.debug.') && /^(office|o15apptofilemappingtable|es6-promise|excel-.*)\.js$/.test(f));
  const strings = ['zh-cn', 'en-us'].map((locale) => `${locale}/office_strings.js`);
  return [...top, ...strings].filter((f) => fs.existsSync(path.join(OFFICE_JS_DIR, f)));
})();

/** Emits demo-workbook.json from the sample's text source, and rebuilds it when the source changes. */
class DemoWorkbookPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('DemoWorkbookPlugin', (compilation) => {
      compilation.fileDependencies.add(DEMO_SOURCE);
      compilation.hooks.processAssets.tap(
        { name: 'DemoWorkbookPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            compilation.emitAsset('demo-workbook.json', new sources.RawSource(JSON.stringify(buildDemoWorkbook())));
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(`演示工作簿生成失败：${e.message}`));
          }
        },
      );
    });
  }
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.join(ROOT, template),
    chunks,
    inject: 'body',
    scriptLoading: 'defer',
  });
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    notice: './src/commands/notice.ts',
    demo: './src/demo/demo.tsx',
  };
  const pages = [
    page('taskpane', 'src/taskpane/taskpane.html', ['taskpane']),
    page('commands', 'src/commands/commands.html', ['commands']),
    page('notice', 'src/commands/notice.html', ['notice']),
    page('demo', 'src/demo/demo.html', ['demo']),
    page('help', 'src/taskpane/help.html', []),
  ];
  if (fs.existsSync(WPS_RIBBON_ENTRY)) entry['wps-ribbon'] = './src/commands/wps-main.ts';

  const copies = OFFICE_JS_FILES.map((f) => ({ from: path.join(OFFICE_JS_DIR, f), to: `office-js/${f}` }));
  if (fs.existsSync(ADDIN_ASSETS)) copies.push({ from: ADDIN_ASSETS, to: 'assets' });

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry,
    target: ['web', 'es2017'],
    devtool: 'source-map',
    output: {
      path: path.join(ROOT, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.browser.json') },
          },
        },
        {
          // Libraries ship ES2019+ syntax (optional chaining, object spread, class fields); bring it
          // down to ES2017. esbuild does it in seconds where the TypeScript compiler takes minutes.
          test: /\.m?js$/,
          include: /node_modules/,
          resolve: { fullySpecified: false },
          use: { loader: 'esbuild-loader', options: { target: 'es2017', loader: 'js' } },
        },
      ],
    },
    plugins: [
      ...pages,
      new DemoWorkbookPlugin(),
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
    ],
    optimization: {
      // esbuild minifies to the same ES2017 target, many times faster than terser.
      minimizer: [new EsbuildPlugin({ target: 'es2017', legalComments: 'external' })],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
