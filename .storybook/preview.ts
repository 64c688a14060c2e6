import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import './story-fetch.js';

setCustomElementsManifest(manifest);

/** The UI language toolbar: sets <html lang>, which the widgets follow. */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'UI language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-CN' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'zh-CN';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
};
export default preview;
