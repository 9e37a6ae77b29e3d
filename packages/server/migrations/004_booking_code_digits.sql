-- Booking codes become eight digits, easy to say on the phone; codes made before (six letters and
-- digits) stay valid.
alter table bookings drop constraint bookings_code_check;
alter table bookings add constraint bookings_code_check check (code ~ '^([0-9]{8}|[A-Z0-9]{6})$');
