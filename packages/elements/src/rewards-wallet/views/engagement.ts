import { html, nothing } from 'lit';
import type { components } from '@banklet/sdk/generated';
import { points, type WalletLocalize } from './format.js';

type S = components['schemas'];
type CheckInState = S['CheckInState'];
type Task = S['Task'];

export interface EngagementViewProps {
  checkIn: CheckInState | undefined;
  tasks: Task[] | undefined;
  checkingIn: boolean;
  claiming: ReadonlySet<string>;
  onCheckIn: () => void;
  onClaim: (task: Task) => void;
}

function renderCheckIn(t: WalletLocalize, props: EngagementViewProps) {
  const msg = t.msg;
  const state = props.checkIn;
  if (!state) return html`<banklet-skeleton height="8em"></banklet-skeleton>`;
  return html`<section class="card" part="check-in" aria-labelledby="checkin-heading">
    <h3 id="checkin-heading">${msg.checkIn}</h3>
    <p class="streak">${msg.streak(state.streak)}</p>
    <ol class="ladder" part="ladder" aria-label=${msg.ladder}>
      ${state.ladder.map(
        (rung) => html`<li class="rung ${rung.state}">
          <span aria-hidden="true">${msg.day(rung.day)}</span>
          <span aria-hidden="true" class="rung-points">+${points(t, rung.points)}</span>
          <span class="visually-hidden">${msg.rung(rung.day, points(t, rung.points), rung.state)}</span>
        </li>`,
      )}
    </ol>
    <banklet-button part="check-in-button" full-width ?disabled=${state.checkedInToday} ?loading=${props.checkingIn} @click=${props.onCheckIn}>
      ${state.checkedInToday ? msg.checkedIn : msg.checkInFor(points(t, state.nextReward))}
    </banklet-button>
  </section>`;
}

function renderTask(t: WalletLocalize, task: Task, props: EngagementViewProps) {
  const msg = t.msg;
  const done = Math.min(task.progress, task.target);
  return html`<li class="task" part="task" data-task=${task.id}>
    <div class="task-text">
      <h4>${task.title}</h4>
      <p class="muted">${task.description}</p>
      <progress max=${task.target} .value=${done} aria-label=${task.title}></progress>
      <p class="muted">
        ${msg.taskProgress(points(t, done), points(t, task.target))} · ${msg.points(`+${points(t, task.rewardPoints)}`)}
        ${task.expiresAt ? html` · ${msg.expiresOn(t.formatDate(task.expiresAt, { dateStyle: 'medium' }))}` : nothing}
      </p>
    </div>
    ${task.status === 'claimed'
      ? html`<p class="claimed">${msg.claimed}</p>`
      : html`<banklet-button part="claim-button" ?disabled=${task.status !== 'claimable'} ?loading=${props.claiming.has(task.id)}
          label=${`${msg.claim(points(t, task.rewardPoints))} ${task.title}`} @click=${() => props.onClaim(task)}>
          ${msg.claim(points(t, task.rewardPoints))}
        </banklet-button>`}
  </li>`;
}

/** Daily check-in with its streak and 7-day ladder, then milestone tasks with progress and claim. */
export function renderEngagement(t: WalletLocalize, props: EngagementViewProps) {
  const msg = t.msg;
  return html`<div class="engagement">
    ${renderCheckIn(t, props)}
    <section class="card" aria-labelledby="tasks-heading">
      <h3 id="tasks-heading">${msg.tasks}</h3>
      ${props.tasks === undefined
        ? html`<banklet-skeleton height="3em" lines="2"></banklet-skeleton>`
        : props.tasks.length === 0
          ? html`<p class="muted">${msg.noTasks}</p>`
          : html`<ul class="tasks">${props.tasks.map((task) => renderTask(t, task, props))}</ul>`}
    </section>
  </div>`;
}
