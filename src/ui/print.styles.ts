import { css } from 'lit';

/**
 * Printing the page prints the timeline legibly: the whole chart across the page width (the SVG
 * scales through its viewBox), black text on white, colours kept, no controls.
 */
export const printStyles = css`
  @media print {
    :host {
      --cocir-text: #000;
      --cocir-muted: #222;
      --cocir-background: #fff;
      --cocir-grid: #999;
      color: #000;
      background: #fff;
      contain: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .header-actions,
    .legend-action,
    .zoom,
    .notice button {
      display: none !important;
    }
    h2,
    .summary,
    .undated .category,
    .undated .description,
    .undated > p {
      color: #000;
    }
    .chips {
      flex-wrap: wrap;
      overflow: visible;
    }
    .chart {
      overflow: visible;
      break-inside: avoid;
    }
    .chart svg {
      width: 100%;
      height: auto;
    }
    .axis {
      color: #000;
    }
    .lane-label,
    .mark .label {
      fill: #000;
    }
    .undated li {
      break-inside: avoid;
    }
  }
`;
