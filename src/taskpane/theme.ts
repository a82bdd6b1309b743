import { webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with a font stack that has Chinese faces on every system the add-in runs
 * on (Windows, macOS, the Linux desktops WPS runs on). Only installed fonts: nothing is downloaded.
 */
const CJK_FONTS = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: CJK_FONTS,
};
