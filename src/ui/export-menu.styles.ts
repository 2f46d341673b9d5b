import { css } from 'lit';

/** The "Download" menu button and its menu: targets at least 24 px, focus always visible. */
export const exportMenuStyles = css`
  header .export {
    position: relative;
    margin-inline-start: auto;
  }
  /* The header's buttons, Download and the list-view toggle beside it: their look is the toolbar's
     (cocir-timeline.styles.ts), their size their own. */
  .export button,
  .list-toggle {
    gap: 6px;
    min-width: 24px;
    min-height: 28px;
    padding: 4px 10px;
    border-radius: 4px;
  }
  /* A chevron drawn in CSS, not an <svg>: the chart stays the shadow root's only <svg>. */
  .export-button::after {
    content: '';
    box-sizing: inherit;
    width: 6px;
    height: 6px;
    margin-block-start: -4px;
    border-inline-end: 1.5px solid currentColor;
    border-block-end: 1.5px solid currentColor;
    transform: rotate(45deg);
  }
  .export-button[aria-expanded='true']::after {
    margin-block: 4px 0;
    transform: rotate(-135deg);
  }
  #export-menu {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    z-index: 2;
    display: grid;
    min-width: 100%;
    margin: 0;
    padding: 4px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_background);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    list-style: none;
  }
  #export-menu[hidden] {
    display: none;
  }
  #export-menu button {
    width: 100%;
    justify-content: flex-start;
    border-color: transparent;
    white-space: nowrap;
  }
  .export-failed {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    z-index: 2;
    display: flex;
    align-items: flex-start;
    gap: 8px;
    width: max-content;
    max-width: min(320px, 80vw);
    margin: 0;
    padding: 8px 12px;
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid #b26b00;
    border-radius: 6px;
    background: var(--_notice);
    color: var(--_text);
    font-size: 13.6px;
  }
  .export-failed[hidden] {
    display: none;
  }
  .export-failed .dismiss {
    flex: none;
    justify-content: center;
    padding: 0;
  }
  #export-menu button:hover {
    background: var(--_lane);
  }
`;
