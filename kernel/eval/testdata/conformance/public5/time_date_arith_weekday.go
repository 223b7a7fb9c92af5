package main

import (
	"fmt"
	"time"
)

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func businessDays(from, to time.Time) int {
	n := 0
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func age(birth, now time.Time) int {
	years := now.Year() - birth.Year()
	if now.YearDay() < birth.YearDay() {
		years--
	}
	return years
}

func main() {
	base := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0).Format(time.DateOnly), base.AddDate(0, 0, 30).Format(time.DateOnly), base.AddDate(1, 1, 1).Format(time.DateOnly))
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", daysIn(time.February, y), " ")
	}
	fmt.Println()
	start := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(businessDays(start, end), end.Sub(start), end.Sub(start).Hours()/24)
	fmt.Println(start.Weekday(), end.Weekday(), start.Before(end), end.After(start), start.Equal(start.In(time.FixedZone("X", 3600))))
	b := time.Date(1990, 7, 15, 0, 0, 0, 0, time.UTC)
	fmt.Println(age(b, time.Date(2024, 7, 14, 0, 0, 0, 0, time.UTC)), age(b, time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC)))
	t := time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(t.Add(time.Second), t.YearDay(), t.Add(time.Second).YearDay())
	norm := time.Date(2024, 14, 35, 25, 61, 0, 0, time.UTC)
	fmt.Println(norm)
	var week [7]int
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		week[d.Weekday()]++
	}
	fmt.Println(week)
	events := []time.Time{
		time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC),
		time.Date(2023, 5, 2, 9, 0, 0, 0, time.UTC),
		time.Date(2024, 5, 2, 8, 59, 0, 0, time.UTC),
	}
	earliest := events[0]
	for _, e := range events[1:] {
		if e.Compare(earliest) < 0 {
			earliest = e
		}
	}
	fmt.Println(earliest.Format(time.RFC822), events[0].Sub(events[2]), events[1].Month() == time.May)
	y, m, dd := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, dd, h, mi, s, time.Saturday, time.Month(13))
}
