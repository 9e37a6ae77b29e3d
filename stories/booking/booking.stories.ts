import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/booking/define'
import {
  CN_HOLIDAYS_2026, HolidayCalendar, MemoryProvider, demoConfig, generateSlots, instantOf, placesLeft,
  type Booking, type BookingPrefill, type BookingSnapshot, type SlotAvailability,
} from '@workroom/booking'

// Everything in memory with a fixed clock (Monday 2 March 2026, 08:00 Beijing time): no network.
const NOW = instantOf('2026-03-02', 8 * 60)
const calendar = new HolidayCalendar([CN_HOLIDAYS_2026])
const slotsFor = (serviceId: string, priority = false): SlotAvailability[] =>
  generateSlots(demoConfig, calendar, { now: NOW, serviceId }).map((s, i) => ({
    ...s,
    remaining: s.date === '2026-03-10' ? 0 : i === 1 ? 0 : placesLeft(s, { general: 0, priority: 0 }, priority),
  }))
const booking: Booking = {
  code: 'K7QM4X', serviceId: 'adviser', placeId: 'dongping-workroom', staffId: 'adviser-wang', slotId: 'adviser~adviser-wang~2026-03-03T09:00:00+08:00',
  start: '2026-03-03T09:00:00+08:00', end: '2026-03-03T09:30:00+08:00', status: 'booked', priority: false,
  details: { name: '张秀英', mobile: '13800138000', needs: [] }, createdAt: '2026-03-02T08:00:00+08:00', updatedAt: '2026-03-02T08:00:00+08:00',
}
const hold = { holdId: 'story-hold', slotId: booking.slotId, priority: false, expiresAt: '2026-03-02T08:05:00+08:00' }

interface Args {
  snapshot?: BookingSnapshot
  prefill?: BookingPrefill
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Booking/Booking',
  component: 'wr-booking',
  args: { lang: '', elder: false, kiosk: false },
  render: (a) => html`<wr-booking
    .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })}
    .config=${demoConfig}
    .now=${NOW}
    .snapshot=${a.snapshot}
    .prefill=${a.prefill}
    lang=${a.lang}
    ?elder=${a.elder}
    ?kiosk=${a.kiosk}
    qr-prefix="WR-BOOKING:"
  ></wr-booking>`,
}
export default meta
type Story = StoryObj<Args>

export const Service: Story = { name: '1 Choose a service' }
export const Prefill: Story = { name: '0 Use the screening result?', args: { prefill: { serviceId: 'legal-aid', notes: '工资被拖欠 3 个月' } } }
export const Manage: Story = { name: '8 Change or cancel: find the booking', args: { snapshot: { step: 'manage' } } }
export const Group: Story = { name: '2 Priority group', args: { snapshot: { step: 'group', serviceId: 'adviser' } } }
export const Day: Story = { name: '3 Choose a day', args: { snapshot: { step: 'day', serviceId: 'adviser', group: 'none', slots: slotsFor('adviser') } } }
export const DayPriority: Story = {
  name: '3 Choose a day (green channel: earliest first)',
  args: { snapshot: { step: 'day', serviceId: 'legal-aid', group: 'elderly', slots: slotsFor('legal-aid', true) } },
}
export const Time: Story = { name: '4 Choose a time', args: { snapshot: { step: 'time', serviceId: 'adviser', group: 'none', date: '2026-03-03', slots: slotsFor('adviser') } } }
export const DayFull: Story = {
  name: '4 Day full: next free time or waiting list',
  args: { snapshot: { step: 'time', serviceId: 'adviser', group: 'none', date: '2026-03-10', slots: slotsFor('adviser') } },
}
export const Details: Story = { name: '5 Details', args: { snapshot: { step: 'details', serviceId: 'adviser', group: 'none', date: '2026-03-03', hold } } }
export const DetailsMediation: Story = {
  name: '5 Details (mediation: voluntary, other party)',
  args: { snapshot: { step: 'details', serviceId: 'mediation', group: 'none', date: '2026-03-02', hold } },
}
export const DetailsErrors: Story = {
  name: '5 Details with errors',
  args: {
    snapshot: {
      step: 'details', serviceId: 'legal-aid', group: 'none', date: '2026-03-03', hold,
      draft: { mobile: '1380013', idNumber: '110105194912310021' },
      errors: [
        { field: 'name', message: '请写上您的姓名' },
        { field: 'mobile', message: '手机号要 11 位数字，以 1 开头，比如 13800138000' },
        { field: 'idNumber', message: '身份证号最后一位（校验位）和前面对不上，可能有一位写错了' },
      ],
    },
  },
}
export const HoldLastMinute: Story = {
  name: '5 Details: the last minute of the hold',
  args: {
    snapshot: { step: 'details', serviceId: 'adviser', group: 'none', date: '2026-03-03', hold: { ...hold, expiresAt: '2026-03-02T08:00:50+08:00' }, draft: { name: '张秀英' } },
  },
}
export const HoldExpired: Story = {
  name: '5 Details: the hold ran out (details kept, pick a time again)',
  args: {
    snapshot: {
      step: 'details', serviceId: 'adviser', group: 'none', date: '2026-03-03', hold: { ...hold, expiresAt: '2026-03-02T07:59:00+08:00' },
      draft: { name: '张秀英', mobile: '13800138000' },
    },
  },
}
export const Consent: Story = {
  name: '6 Consent',
  args: { snapshot: { step: 'consent', serviceId: 'legal-aid', group: 'none', date: '2026-03-03', hold, draft: { name: '张秀英', mobile: '13800138000' } } },
}
export const Done: Story = { name: '7 Confirmation with code, QR and ticket', args: { snapshot: { step: 'done', serviceId: 'adviser', booking } } }
export const DoneVideo: Story = {
  name: '7 Confirmation (video consultation: how to join)',
  args: { snapshot: { step: 'done', serviceId: 'video', booking: { ...booking, serviceId: 'video', placeId: 'linhe-centre' } } },
}
export const Elder: Story = { name: 'Elder mode (choose a day)', args: { elder: true, snapshot: { step: 'day', serviceId: 'adviser', group: 'none', slots: slotsFor('adviser') } } }
export const Kiosk: Story = { name: 'Kiosk (choose a time)', args: { kiosk: true, snapshot: { step: 'time', serviceId: 'adviser', group: 'none', date: '2026-03-03', slots: slotsFor('adviser') } } }
export const English: Story = { name: 'English (confirmation)', args: { lang: 'en', snapshot: { step: 'done', serviceId: 'adviser', booking } } }
export const NoService: Story = {
  name: 'No online booking on this page: the office phone',
  render: (a) => html`<wr-booking office-phone="0951-1234567" office-name="临河县司法局青石司法所" office-address="青石镇人民路 18 号" lang=${a.lang} ?elder=${a.elder}></wr-booking>`,
}
