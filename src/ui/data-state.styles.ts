/** Styles of the loading skeleton, the failure panel and notice, and data links. */
import { css } from 'lit';

export const dataStateStyles = css`
  .skeleton p {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 13.6px;
  }
  .skeleton .bars {
    display: grid;
    gap: 12px;
    padding-block: 8px;
  }
  .skeleton .bars span {
    display: block;
    height: 12px;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: cocir-pulse 1.6s ease-in-out infinite alternate;
  }
  .skeleton .bars span:nth-child(1) {
    width: 38%;
    margin-inline-start: 8%;
  }
  .skeleton .bars span:nth-child(2) {
    width: 52%;
    margin-inline-start: 30%;
  }
  .skeleton .bars span:nth-child(3) {
    width: 24%;
    margin-inline-start: 18%;
  }
  .skeleton .bars span:nth-child(4) {
    width: 44%;
    margin-inline-start: 46%;
  }
  @keyframes cocir-pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bars span {
      animation: none;
    }
  }

  .failure:not(.notice) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 16px;
    border: 1px solid #c0392b;
    border-radius: 6px;
    background: var(--_failure);
  }
  .failure p {
    flex: 1 1 256px;
    margin: 0;
  }
  .notice.failure {
    border-inline-start-color: #c0392b;
    background: var(--_failure);
  }
  .failure button.retry {
    min-height: 24px;
    padding: 4px 12px;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--_background);
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .notice.failure button.retry {
    margin-inline-start: auto;
  }
  .notice.failure button.retry + button {
    margin-inline-start: 0;
  }
  .notice code {
    font-size: 12.8px;
  }
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .chart[aria-busy='true'] {
    opacity: 0.6;
  }

  .undated .link {
    color: var(--_accent);
    font-size: 13.6px;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .skeleton .bars span {
      background: GrayText;
    }
  }
`;
