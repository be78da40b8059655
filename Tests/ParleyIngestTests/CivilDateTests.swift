import Testing

@testable import ParleyIngest

@Test func weekdaysAndDayNumbersAgree() {
  // 10 January 2022 was a Monday.
  let monday = CivilDate(year: 2022, month: 1, day: 10)
  #expect(monday.weekday == 0)
  #expect(CivilDate(dayNumber: monday.dayNumber) == monday)
  #expect(monday.adding(days: -25) == CivilDate(year: 2021, month: 12, day: 16))
  #expect(!CivilDate(year: 2021, month: 2, day: 29).isValid)
  #expect(CivilDate(year: 2024, month: 2, day: 29).isValid)
}
