-- What the county console records beyond the booking contract: a booking's arrival, and the
-- ledger's (台账) fields a judicial office keeps for each consultation (dispute category, outcome,
-- who handled it, how the resident came). Anonymous: no personal data in any column.
create table booking_records (
  code text primary key references bookings (code) on delete cascade,
  arrived_at timestamptz,
  channel text check (channel in ('kiosk', 'website', 'phone', 'walk-in')),
  dispute_category text check (length(dispute_category) <= 40),
  outcome text check (length(outcome) <= 40),
  handled_by text references staff_accounts (id),
  updated_at timestamptz not null
);

-- A kiosk may say, when it syncs, its app version and how many changes its outbox still holds.
alter table sync_batches add column client_version text check (length(client_version) <= 40);
alter table sync_batches add column pending int check (pending >= 0);
create index sync_batches_by_device on sync_batches (device_id, id);

create index audit_by_actor on audit_log (actor_id, at);
