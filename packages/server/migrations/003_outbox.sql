-- Notifications to residents (a freed place offered to the first on the waitlist) wait here until
-- the configured sender has taken them: the service log by default, or a county's SMS gateway
-- behind a webhook. The message, with the resident's mobile, is sealed like every personal field.
create table notification_outbox (
  id bigserial primary key,
  office_id text not null references offices (id) on delete cascade,
  kind text not null check (kind in ('waitlist-offer')),
  record_id text not null,
  payload_enc bytea not null,
  key_id text not null,
  created_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts int not null default 0,
  sent_at timestamptz,
  last_error text check (length(last_error) <= 200)
);
create index notification_outbox_pending on notification_outbox (id) where status = 'pending';
