import { css } from 'lit';

/** The legend's chips and actions. Pressed chips are filled and solid; hidden ones hollow and dashed. */
export const legendStyles = css`
  .legend {
    margin-block-end: 12px;
    container-type: inline-size;
  }
  .legend-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-block-end: 8px;
  }
  .legend-label {
    margin-inline-end: 4px;
    color: var(--_muted);
    font-size: 12.8px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  :where(.legend) button {
    min-width: 24px;
    min-height: 28px;
    margin: 0;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Its ring (the shared button rule) above the neighbouring chip. */
  :where(.legend) button:focus-visible {
    position: relative;
    z-index: 1;
  }
  .legend-action {
    padding: 0 10px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_background);
    font-size: 13px;
  }
  .legend-action:hover {
    border-color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 8px;
  }
  .chip-pair {
    display: inline-flex;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 0 6px 0 10px;
    border: 1px solid var(--_color);
    border-inline-end: 0;
    border-radius: 999px 0 0 999px;
    text-align: start;
    background: color-mix(in srgb, var(--_color) 12%, var(--_background));
    font-size: 13px;
  }
  .chip .glyph {
    flex: none;
    overflow: visible;
  }
  .chip .glyph path {
    fill: var(--_color);
    stroke: var(--_color);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .chip .count {
    min-width: 1.75em;
    padding: 0 0.3em;
    border-radius: 999px;
    background: var(--_background);
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .chip[aria-pressed='false'] {
    border-style: dashed;
    border-color: var(--_muted);
    background: transparent;
    color: var(--_muted);
  }
  .chip[aria-pressed='false'] .glyph path {
    fill: none;
  }
  .only {
    flex: none;
    padding: 0 8px;
    border: 1px solid var(--_color);
    border-inline-start: 1px solid var(--_grid);
    border-radius: 0 999px 999px 0;
    background: var(--_background);
    color: var(--_muted);
    font-size: 12px;
  }
  .chip[aria-pressed='false'] + .only {
    border-style: dashed;
    border-color: var(--_muted);
  }
  .only:hover {
    text-decoration: underline;
  }
  /*
   * Narrow (a phone): the chips scroll sideways in one row rather than stand a dozen rows above the
   * chart; a chip is at most 85% of the row, so a long label wraps and the next chip peeks in.
   * Padding keeps focus rings inside the row (the host clips its overflow), and scroll padding
   * keeps them clear of its ends.
   */
  @container (width < 600px) {
    .chips {
      flex-wrap: nowrap;
      overflow-x: auto;
      margin-block: -4px;
      padding: 4px;
      scroll-padding-inline: 4px;
    }
    .chip-pair {
      flex: none;
      max-width: 85%;
    }
  }
  .none-shown {
    margin: 8px 0;
    color: var(--_muted);
  }
`;
