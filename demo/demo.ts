// Demo page only: a language toggle that switches <html lang>, which the widgets follow.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-toggle]')) {
  button.addEventListener('click', () => {
    const zh = document.documentElement.lang.startsWith('zh');
    document.documentElement.lang = zh ? 'en' : 'zh-CN';
    button.textContent = zh ? '中文' : 'English';
  });
}
