-- The county service's first schema: offices and their booking configs, slots with their capacity,
-- holds, bookings with their history, the waitlist, idempotency keys, sync batches, staff, their
-- sessions, kiosk devices and the audit log. Times are timestamptz (instants); personal data is
-- only ever in the *_enc columns (AES-256-GCM, key id beside it).

create table offices (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$' and length(id) <= 60),
  name jsonb not null,
  phone text check (length(phone) <= 40),
  address jsonb,
  config jsonb not null,
  config_version int not null default 1 check (config_version >= 1),
  created_at timestamptz not null,
  updated_at timestamptz not null
);

-- Every config an office has had: what its schedules were on any day.
create table office_configs (
  office_id text not null references offices (id) on delete cascade,
  version int not null,
  config jsonb not null,
  created_at timestamptz not null,
  created_by text not null,
  primary key (office_id, version)
);

-- One row a slot anyone has held or booked. Takers lock this row, so the count of places taken and
-- the taking are one step; capacity is what the config said when the row was last taken from.
create table slots (
  office_id text not null references offices (id) on delete cascade,
  slot_id text not null check (length(slot_id) <= 200),
  capacity int not null check (capacity between 1 and 100),
  reserved int not null check (reserved >= 0 and reserved <= capacity),
  starts_at timestamptz not null,
  primary key (office_id, slot_id)
);
create index slots_by_time on slots (office_id, starts_at);

create table holds (
  id text primary key,
  office_id text not null,
  slot_id text not null,
  priority boolean not null,
  created_at timestamptz not null,
  expires_at timestamptz not null check (expires_at > created_at),
  ended_at timestamptz,
  -- keyed hashes of the client's address and anonymous id (never the address itself)
  client_address text not null,
  client_id text,
  foreign key (office_id, slot_id) references slots (office_id, slot_id) on delete cascade
);
create index holds_live on holds (office_id, slot_id) where ended_at is null;
create index holds_by_address on holds (client_address, expires_at) where ended_at is null;
create index holds_by_client on holds (client_id, expires_at) where ended_at is null and client_id is not null;

create table bookings (
  code text primary key check (code ~ '^[A-Z0-9]{6}$'),
  office_id text not null,
  service_id text not null,
  place_id text not null,
  staff_id text,
  slot_id text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  status text not null check (status in ('booked', 'cancelled', 'attended', 'no-show')),
  priority boolean not null,
  -- {details, cancelReason}: null once the retention period has passed
  private_enc bytea,
  key_id text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  purge_after timestamptz not null,
  purged_at timestamptz,
  source text not null check (source in ('web', 'kiosk', 'staff')),
  check ((private_enc is null) = (key_id is null)),
  check ((private_enc is null) = (purged_at is not null)),
  foreign key (office_id, slot_id) references slots (office_id, slot_id)
);
create index bookings_in_slot on bookings (office_id, slot_id) where status <> 'cancelled';
create index bookings_by_day on bookings (office_id, starts_at);
create index bookings_to_purge on bookings (purge_after) where purged_at is null;

-- Status history: every change, who made it (an actor id, never a name) and when.
create table booking_events (
  id bigserial primary key,
  code text not null references bookings (code) on delete cascade,
  at timestamptz not null,
  status text not null,
  actor text not null,
  event text not null check (event in ('created', 'cancelled', 'rescheduled', 'status', 'synced'))
);
create index booking_events_by_code on booking_events (code, id);

create table waitlist (
  id text primary key,
  seq bigserial not null,
  office_id text not null references offices (id) on delete cascade,
  service_id text not null,
  date date not null,
  status text not null default 'waiting' check (status in ('waiting', 'offered', 'booked', 'removed')),
  private_enc bytea,
  key_id text,
  created_at timestamptz not null,
  purge_after timestamptz not null,
  purged_at timestamptz,
  check ((private_enc is null) = (key_id is null))
);
create index waitlist_queue on waitlist (office_id, service_id, date, seq) where status = 'waiting';

-- The first reply to each idempotency key, so a repeat changes nothing. Replies that carry
-- personal data are encrypted like the rows they describe.
create table idempotency_keys (
  scope text not null,
  key text not null check (length(key) between 8 and 100),
  request_hash text not null,
  response_enc bytea,
  key_id text,
  created_at timestamptz not null,
  primary key (scope, key)
);
create index idempotency_age on idempotency_keys (created_at);

create table devices (
  id text primary key,
  office_id text not null references offices (id) on delete cascade,
  place_id text,
  name text not null check (length(name) between 1 and 100),
  token_hash text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz,
  last_seen_address text,
  revoked_at timestamptz
);

create table sync_batches (
  id bigserial primary key,
  device_id text not null references devices (id),
  office_id text not null,
  received_at timestamptz not null,
  entries int not null,
  applied int not null,
  duplicate int not null,
  rejected int not null
);

create table staff_accounts (
  id text primary key,
  username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
  display_name text not null check (length(display_name) between 1 and 60),
  password_hash text not null,
  role text not null check (role in ('county-admin', 'office-staff', 'workroom-adviser')),
  office_id text references offices (id),
  place_id text,
  failed_count int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null,
  password_changed_at timestamptz not null,
  disabled_at timestamptz,
  check (
    (role = 'county-admin' and office_id is null and place_id is null)
    or (role = 'office-staff' and office_id is not null and place_id is null)
    or (role = 'workroom-adviser' and office_id is not null and place_id is not null)
  )
);

create table staff_sessions (
  token_hash text primary key,
  staff_id text not null references staff_accounts (id) on delete cascade,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  revoked_at timestamptz
);
create index staff_sessions_by_staff on staff_sessions (staff_id) where revoked_at is null;

-- Who did what to which record, when and from where. No personal data in any column; rows are
-- never changed or removed (the trigger below refuses).
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_kind text not null check (actor_kind in ('staff', 'device', 'resident', 'system')),
  actor_id text,
  action text not null,
  office_id text,
  record_kind text,
  record_id text,
  address text,
  detail jsonb not null default '{}'
);
create index audit_by_record on audit_log (record_kind, record_id);
create index audit_by_time on audit_log (at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
