import { css } from 'lit';

export const styles = css`
  :host {
    --_font: var(--cocir-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--cocir-text, #1d2129);
    --_muted: var(--cocir-muted, #555d6b);
    --_background: var(--cocir-background, #ffffff);
    --_lane: var(--cocir-lane, #f4f5f7);
    --_lane-alt: var(--cocir-lane-alt, #ffffff);
    --_grid: var(--cocir-grid, #d9dce1);
    --_accent: var(--cocir-accent, #0b5cad);
    --_notice: var(--cocir-notice, #fff4d6);
    --_skeleton: var(--cocir-skeleton, #e6e8ec);
    --_failure: var(--cocir-failure, #fdeceb);
    --_surface: var(--cocir-surface, #ffffff);
    --_focus: var(--cocir-focus, var(--_accent));

    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    /* Sizes in px, none in rem (the page's root font size), and the text styles a page passes down
       reset: its labels are measured in this font. */
    font: 14px/1.45 var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* Its own words are in left-to-right languages: a right-to-left page would turn "1999–2020" round. */
    direction: ltr;
    text-align: start;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  /* The wrapper that says the language of the content: no box of its own. */
  .content {
    display: contents;
  }
  /* No *::before or *::after here: a pseudo-element rule makes every element ask for its pseudo-elements. */
  * {
    box-sizing: inherit;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 16px;
    margin-block-end: 12px;
  }
  h2 {
    margin: 0;
    font-size: 20.8px;
    font-weight: 700;
    letter-spacing: -0.01em;
    line-height: 1.25;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    font-size: 13.6px;
  }

  .chart {
    position: relative;
    overflow: hidden;
  }
  svg.plot {
    cursor: grab;
    touch-action: pan-y;
    -webkit-user-select: none;
    user-select: none;
  }
  svg.plot:active {
    cursor: grabbing;
  }
  svg.plot:focus {
    outline: none;
  }
  svg.plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /* Where it can, the ring goes round the chart's box, clear of the labels at its edges. */
  @supports selector(:has(*)) {
    svg.plot:focus-visible {
      outline: none;
    }
    .chart:has(> svg.plot:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-block-end: 8px;
  }
  .range {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .zoom {
    display: flex;
    gap: 4px;
  }
  /* The toolbar's buttons: Earlier, Later, Zoom out, Zoom in and Reset; Download and List view (sized in export-menu.styles.ts). */
  .zoom button,
  .export button,
  .list-toggle {
    display: inline-flex;
    align-items: center;
    border: 1px solid var(--_grid);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 13.6px;
    cursor: pointer;
  }
  .zoom button:hover,
  .export button:hover,
  .list-toggle:hover {
    border-color: var(--_muted);
  }
  .zoom button:focus-visible,
  .export button:focus-visible,
  .list-toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .zoom button {
    justify-content: center;
    min-width: 32px;
    min-height: 32px;
    padding: 0 8px;
    border-radius: 6px;
  }
  /* Faded, but not its focus ring (opacity on the button faded the ring to 2.6:1). */
  .zoom button[aria-disabled='true'] {
    color: color-mix(in srgb, var(--_muted) 55%, transparent);
    border-color: color-mix(in srgb, var(--_grid) 55%, transparent);
    cursor: default;
  }
  .zoom span {
    font-size: 20px;
    line-height: 1;
  }

  .hint {
    position: absolute;
    inset-block-start: 40%;
    left: 50%;
    transform: translate(-50%, -50%);
    padding: 8px 14px;
    border-radius: 6px;
    background: rgb(29 33 41 / 0.85);
    color: #fff;
    font-size: 14.4px;
    pointer-events: none;
  }
  .hint[hidden] {
    display: none;
  }

  /* The strip (its brush) takes horizontal drags; a vertical swipe or a pinch is the page's. */
  svg.overview {
    display: block;
    margin-block-start: 4px;
    touch-action: pan-y pinch-zoom;
    user-select: none;
    color: var(--_muted);
    font-size: 10px;
    font-variant-numeric: tabular-nums;
  }
  .overview .years line {
    stroke: var(--_grid);
  }
  .overview .years text {
    fill: currentColor;
  }
  .overview .events path {
    opacity: 0.55;
  }
  .brush .overlay {
    fill: none;
    pointer-events: all;
    cursor: crosshair;
  }
  .brush .handle {
    fill: none;
    pointer-events: visible;
    cursor: ew-resize;
  }
  .brush .grab {
    fill: none;
    pointer-events: visible;
    cursor: move;
  }
  .brush .selection {
    cursor: move;
    fill: var(--_accent);
    fill-opacity: 0.12;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .brush.all .selection {
    cursor: crosshair;
  }
  /* Time runs left to right whatever the element's direction; SVG text would otherwise end at its x. */
  svg {
    display: block;
    overflow: hidden;
    font-family: var(--_font);
    direction: ltr;
  }
  .band {
    fill: var(--_lane);
  }
  .lane:nth-child(even) .band {
    fill: var(--_lane-alt);
  }
  .lane-label {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .axis {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .axis .domain,
  .axis .tick line.mark {
    stroke: var(--_muted);
  }
  .axis .tick line.grid {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .axis .tick.major line.grid {
    stroke-dasharray: none;
  }
  .axis text {
    fill: currentColor;
  }
  .axis .tick.span text {
    fill: var(--_text);
    font-weight: 600;
  }
  .axis .label.year,
  .axis .label.month {
    cursor: zoom-in;
    pointer-events: bounding-box;
  }

  .mark .label {
    fill: var(--_text);
    stroke: none;
    font-size: 12px;
    font-weight: 500;
  }
  .mark .shape,
  .mark .tail {
    stroke-width: 1.5;
  }
  .mark.imprecise .shape {
    fill-opacity: 0.3;
  }
  .mark .tail,
  .mark .glyph {
    stroke: none;
  }
  .mark.dot .shape {
    stroke: var(--_background);
    stroke-width: 2;
  }
  /* A cluster of dense marks: a tinted box over its period and rows, its count on top. */
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  .cluster rect {
    fill-opacity: 0.18;
    stroke-opacity: 0.5;
  }
  .cluster .count {
    fill: var(--_text);
    stroke: none;
    font-size: 12px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-anchor: middle;
    pointer-events: none;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-block-end: 12px;
    padding: 8px 12px;
    border-inline-start: 4px solid #b26b00;
    background: var(--_notice);
    font-size: 14px;
  }
  .notice details {
    flex: 1 1 192px;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .notice button {
    min-width: 24px;
    min-height: 24px;
    margin-inline-start: auto;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Read by assistive technology, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .empty {
    margin: 16px 0;
    color: var(--_muted);
  }

  .undated {
    margin-block-start: 20px;
    border-block-start: 1px solid var(--_grid);
    padding-block-start: 12px;
  }
  .undated h3 {
    margin: 0;
    font-size: 16px;
  }
  .undated > p {
    margin: 2px 0 12px;
    color: var(--_muted);
    font-size: 13.6px;
  }
  .undated ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 272px), 1fr));
    gap: 12px 20px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .undated li {
    border-inline-start: 4px solid var(--_color, var(--_grid));
    padding-inline-start: 10px;
  }
  .undated .category {
    display: block;
    color: var(--_muted);
    font-size: 11.2px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .undated .title {
    display: block;
    font-weight: 600;
  }
  .undated .description,
  .undated .meta {
    display: block;
    color: var(--_muted);
    font-size: 13.6px;
  }
`;
