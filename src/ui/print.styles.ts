import { css } from 'lit';

/**
 * Printing the page prints the timeline legibly: the whole chart across the page width (the SVG
 * scales through its viewBox), black text on white, colours kept, no controls (the overview
 * strip is one: a brush over all the years).
 */
export const printStyles = css`
  @media print {
    /* Over the dark theme, however it was chosen, and over the page's own colours for the element:
       important inside the element wins over the page. */
    :host {
      --_text: #000 !important;
      --_muted: #222 !important;
      --_background: #fff !important;
      --_lane: #f4f5f7 !important;
      --_lane-alt: #fff !important;
      --_grid: #999 !important;
      --_accent: #0b5cad !important;
      --_notice: #fff4d6 !important;
      --_failure: #fdeceb !important;
      --_surface: #fff !important;
      color-scheme: light !important;
      color: #000 !important;
      background: #fff !important;
      contain: none !important;
      print-color-adjust: exact !important;
      -webkit-print-color-adjust: exact !important;
    }
    .header-actions,
    .legend-action,
    .zoom,
    svg.overview,
    .notice button,
    .list-more,
    .tooltip,
    .hint,
    .card .close {
      display: none !important;
    }
    .card {
      position: static !important;
      max-height: none !important;
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
