-- Legal-aid applications (LAL 38–49): one row each, the personal data sealed like a booking's
-- (AES-256-GCM, key id beside it) and deleted after the office's retention period; what stays
-- unsealed is what the anonymous counts need (state, matter, screening outcome) and the LAL 43
-- clock (received, decision due).
create table applications (
  code text primary key check (code ~ '^[0-9]{8}$'),
  office_id text not null references offices (id) on delete cascade,
  workroom_id text check (length(workroom_id) <= 60),
  channel text not null check (channel in ('kiosk', 'web')),
  state text not null check (state in ('received', 'materials-requested', 'forwarded', 'granted', 'refused', 'withdrawn')),
  problem text not null check (length(problem) <= 60),
  cause text not null check (length(cause) <= 60),
  screening_outcome text not null check (length(screening_outcome) <= 60),
  urgent boolean not null,
  received_at timestamptz not null,
  decision_due date not null,
  decided_at timestamptz,
  -- {submission}: the application as the resident gave it
  private_enc bytea,
  -- {materials, supplyBy, agency, reasons, lawyerAssignedBy, why, requestedAt, forwardedAt}: what staff wrote
  status_enc bytea,
  key_id text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  purge_after timestamptz not null,
  purged_at timestamptz,
  source_device text,
  check ((private_enc is null) = (key_id is null)),
  check ((private_enc is null) = (purged_at is not null))
);
create index applications_queue on applications (office_id, state, received_at) where purged_at is null;
create index applications_by_workroom on applications (office_id, workroom_id, received_at);
create index applications_to_purge on applications (purge_after) where purged_at is null;

-- Every change of state, who made it (an actor id, never a name) and when.
create table application_events (
  id bigserial primary key,
  code text not null references applications (code) on delete cascade,
  at timestamptz not null,
  state text not null,
  actor text not null,
  event text not null check (event in ('submitted', 'synced', 'materials-requested', 'forwarded', 'granted', 'refused', 'withdrawn'))
);
create index application_events_by_code on application_events (code, id);
