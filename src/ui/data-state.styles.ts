/** Styles of the loading skeleton, the failure panel and notice, and data links. */
import { css } from 'lit';

export const dataStateStyles = css`
  .skeleton p {
    margin: 0 0 0.5rem;
    color: var(--cocir-muted);
    font-size: 0.85rem;
  }
  .skeleton .bars {
    display: grid;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }
  .skeleton .bars span {
    display: block;
    height: 0.75rem;
    border-radius: 4px;
    background: var(--cocir-skeleton);
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
    gap: 0.5rem 1rem;
    padding: 1rem;
    border: 1px solid #c0392b;
    border-radius: 6px;
    background: var(--cocir-failure);
  }
  .failure p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .notice.failure {
    border-inline-start-color: #c0392b;
    background: var(--cocir-failure);
  }
  .failure button.retry {
    min-height: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--cocir-background);
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
    font-size: 0.8rem;
  }
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--cocir-focus);
    outline-offset: 2px;
  }

  .chart[aria-busy='true'] {
    opacity: 0.6;
  }

  .undated .link {
    color: var(--cocir-accent);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .skeleton .bars span {
      background: GrayText;
    }
  }
`;
