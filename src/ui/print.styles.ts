import { css } from 'lit';

/**
 * Printing the page prints the timeline legibly: the whole chart across the page width (the SVG
 * scales through its viewBox), black text on white, colours kept, no controls (the overview
 * strip is one: a brush over all the years).
 */
export const printStyles = css`
  @media print {
    /* Over the dark theme too, however it was chosen (these styles come after the themes'). */
    :host,
    :host([theme]),
    :host(:not([theme])) {
      --cocir-text: #000;
      --cocir-muted: #222;
      --cocir-background: #fff;
      --cocir-lane: #f4f5f7;
      --cocir-lane-alt: #fff;
      --cocir-grid: #999;
      --cocir-accent: #0b5cad;
      --cocir-notice: #fff4d6;
      --cocir-failure: #fdeceb;
      --cocir-surface: #fff;
      color-scheme: light;
      color: #000;
      background: #fff;
      contain: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .header-actions,
    .legend-action,
    .zoom,
    svg.overview,
    .notice button {
      display: none !important;
    }
    h2,
    .summary,
    .undated .category,
    .undated .description,
    .undated .meta,
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
