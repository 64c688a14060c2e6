/**
 * styleProps: sets CSS custom properties (or any style property) on an element through the
 * CSSOM, on every render including the first. Lit's styleMap writes a style="…" attribute on the
 * first render, which a strict Content Security Policy (no 'unsafe-inline' in style-src) blocks;
 * this directive never does.
 *
 *   html`<div ${styleProps({ '--progress': String(value) })}></div>`
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | undefined | null>;

export class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps goes on an element: <div ${styleProps({...})}>');
  }

  render(props: Props) {
    void props;
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      next.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
