/** Themes (dark, forced colours), focus, and the details pieces: tooltip, card, list view. */
import { css } from 'lit';

const dark = css`
  --_text: var(--cocir-text, #e6e8eb);
  --_muted: var(--cocir-muted, #a9b1bd);
  --_background: var(--cocir-background, #16181d);
  --_lane: var(--cocir-lane, #1f232a);
  --_lane-alt: var(--cocir-lane-alt, #16181d);
  --_grid: var(--cocir-grid, #3a404a);
  --_accent: var(--cocir-accent, #6cb4ff);
  --_notice: var(--cocir-notice, #3a2f12);
  --_skeleton: var(--cocir-skeleton, #2a2f38);
  --_failure: var(--cocir-failure, #3d1c1a);
  --_surface: var(--cocir-surface, #242933);
  color-scheme: dark;
`;

export const a11yStyles = css`
  :host {
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }

  .header-actions {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-inline-start: auto;
  }
  .header-actions .export {
    margin-inline-start: 0;
  }
  .list-toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_background));
  }
  .mark {
    outline: none;
    cursor: pointer;
  }
  .mark:focus-visible .label,
  .mark.selected .label {
    font-weight: 700;
  }

  /* Focus is always visible: a ring drawn around the focused mark, and outlines on controls. */
  .chart svg:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .cluster:focus-visible rect {
    stroke: var(--_focus);
    stroke-opacity: 1;
    stroke-width: 2;
  }
  .mark .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    visibility: hidden;
  }
  .mark:focus-visible .focus-ring,
  .mark.selected .focus-ring {
    visibility: visible;
  }
  /* The open card's event, not focused: its ring dashed, told apart from focus. */
  .mark.selected:not(:focus-visible) .focus-ring {
    stroke-dasharray: 4 3;
  }
  button:focus-visible,
  a:focus-visible,
  .card:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    display: grid;
    gap: 2px;
    max-width: min(320px, 90%);
    padding: 8px 10px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    font-size: 13px;
    overflow-wrap: anywhere;
    pointer-events: auto;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip-category {
    color: var(--_muted);
  }

  .card {
    position: relative;
    margin-block-start: 12px;
    padding: 12px 16px;
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_accent);
    border-radius: 6px;
    background: var(--_surface);
  }
  /* In the list view the card stays in sight at the window's foot, wherever the row clicked is. */
  .list-box + .card {
    position: sticky;
    inset-block-end: 8px;
    max-height: 40vh;
    overflow: auto;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.18);
  }
  /* Focus scrolled to a row (Tab, a click) keeps it above that card. */
  .list-box.carded :is(.list-title, .list-more) {
    scroll-margin-block-end: calc(40vh + 16px);
  }
  .card-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 16px;
  }
  .card h3 {
    margin: 0;
    font-size: 16.8px;
  }
  .card-date {
    margin: 2px 0 8px;
    color: var(--_muted);
  }
  .card dl {
    display: grid;
    gap: 4px;
    margin: 0;
  }
  .card dl div {
    display: flex;
    gap: 8px;
  }
  .card dt {
    min-width: 112px;
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
  }
  .card-description {
    margin: 8px 0;
  }
  .close {
    min-width: 24px;
    min-height: 24px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .event-list {
    width: 100%;
    border-collapse: collapse;
    font-size: 14px;
  }
  .event-list caption {
    padding-block-end: 8px;
    color: var(--_muted);
    text-align: start;
  }
  .event-list th,
  .event-list td {
    padding: 6px 8px;
    border-block-end: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  /* Long words wrap: the element clips what overflows it, and the table may have 320 px. */
  .event-list td,
  .card {
    overflow-wrap: anywhere;
  }
  /* On a phone the columns' headings ("Événement", "Catégorie") and dates' words fit side by side. */
  .list-box {
    container-type: inline-size;
  }
  @container (width < 400px) {
    .event-list th,
    .event-list td {
      padding-inline: 4px;
    }
    .event-list th {
      font-size: 13px;
    }
  }
  /* A date wraps at its spaces only ("depuis le 15 janvier 2013" alone would take a phone's width). */
  .event-list .list-date {
    overflow-wrap: normal;
    font-variant-numeric: tabular-nums;
  }
  /* 24 px tall for a finger, its text on the line of the row's other cells (it would sit 2 px lower). */
  .list-title {
    min-height: 24px;
    margin-block: -2px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .list-swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 6px;
    border-radius: 2px;
  }

  @media (forced-colors: active) {
    .band {
      fill: Canvas;
    }
    .lane-label,
    .mark .label,
    .cluster .count,
    .axis {
      fill: CanvasText;
      color: CanvasText;
    }
    .mark .shape,
    .mark .tail {
      fill: CanvasText;
      stroke: CanvasText;
      fill-opacity: 1;
    }
    .mark.imprecise .shape,
    .cluster rect {
      fill: Canvas;
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .mark .focus-ring,
    .cluster:focus-visible rect,
    .axis .tick line,
    .brush .selection {
      stroke: Highlight;
    }
    .overview .events path {
      fill: CanvasText;
      opacity: 1;
    }
    .brush .selection {
      fill: none;
    }
    .swatch,
    .list-swatch {
      forced-color-adjust: none;
    }
    .list-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: HighlightText;
      background: Highlight;
      color: HighlightText;
    }
    .list-toggle:focus-visible {
      outline-color: CanvasText;
    }
    .zoom button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
