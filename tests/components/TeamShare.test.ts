import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TeamShare from '../../src/components/team/TeamShare.svelte';

const share = (teamLink: string) =>
  render(TeamShare, {
    teamLink,
    hasNames: false,
    includeNames: false,
    onincludenames: () => undefined,
    ondownload: () => undefined,
  });

describe('TeamShare', () => {
  it('shows a team link whole when it is of a usual length', () => {
    const link = `https://example.org/team/#${'A'.repeat(2_000)}`;
    share(link);
    expect((screen.getByLabelText('Team link') as HTMLInputElement).value).toBe(link);
    expect(screen.queryByText(/characters long/)).toBeNull();
  });

  it('shows the start of a very long link until the field is focused, and says why to keep the links instead', async () => {
    const user = userEvent.setup();
    const link = `https://example.org/team/#${'B'.repeat(470_000)}`;
    share(link);
    const field = screen.getByLabelText('Team link') as HTMLInputElement;
    expect(field.value.length).toBeLessThan(200);
    expect(link.startsWith(field.value.slice(0, -1))).toBe(true);
    expect(screen.getByText(/This link is 470,026 characters long/)).toBeInTheDocument();
    await user.click(field);
    expect(field.value).toBe(link);
  });
});
