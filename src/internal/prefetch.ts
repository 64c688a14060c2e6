/**
 * Helpers for what a widget starts loading when it connects (FeedControllerOptions.prefetch),
 * side by side with its feed, instead of after the feed has arrived and rendered.
 */
import { resolveLocale } from './locale.js';

/**
 * True when the widgets' UI will be Chinese on this page, as far as is known when an element
 * connects: <html lang> is Chinese, or names no language the UI speaks (then the feed's language
 * decides, and a missing one means Chinese). Only an English page says no.
 */
export function pageLooksChinese(): boolean {
  return typeof document !== 'undefined' && resolveLocale(document.documentElement.getAttribute('lang')) !== 'en';
}
