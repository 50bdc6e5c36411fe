import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LevelMeter from '../../src/components/shared/LevelMeter.svelte';

describe('LevelMeter', () => {
  it.each([
    [1, 'Hired hands'],
    [3, 'Practising'],
    [5, 'Partnership culture'],
  ] as const)('level %d shows its name in words and fills that many steps', (level, name) => {
    const { container } = render(LevelMeter, { level, name });
    expect(screen.getByText(`Level ${level} of 5: ${name}`)).toBeInTheDocument();
    expect(container.querySelectorAll('.step.filled')).toHaveLength(level);
    expect(container.querySelectorAll('.step')).toHaveLength(5);
  });

  it('hides the decorative steps from screen readers', () => {
    const { container } = render(LevelMeter, { level: 2, name: 'Aware' });
    expect(container.querySelector('.steps')).toHaveAttribute('aria-hidden', 'true');
  });
});
