/**
 * `<li ${cssProps({ '--_color': c })}>`: sets custom properties through the CSSOM on every render.
 * Lit's `styleMap` writes a `style` attribute on first render, which `style-src 'self'` blocks.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element, not an attribute');
  }

  render(_props: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (props[name] == null) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
