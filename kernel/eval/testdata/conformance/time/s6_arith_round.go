package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, 12, 31, 22, 45, 30, 600_000_000, time.UTC)
	fmt.Println(t.Add(90 * time.Minute))
	fmt.Println(t.AddDate(0, 2, 0), t.AddDate(1, -12, 1))
	u := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	d := u.Sub(t)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour))
	for _, r := range []time.Duration{time.Second, time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(r, t.Truncate(r), t.Round(r))
	}
	fmt.Println(t.Before(u), t.After(u), t.Compare(u), u.Compare(t), t.Equal(t.Add(0)))
	fmt.Println(t.YearDay(), t.Weekday(), u.Weekday(), t.Month(), int(t.Month()))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano(), time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC())
	fmt.Println(t.IsZero(), time.Time{}.IsZero(), time.Time{})
	h, m, s := t.Clock()
	yy, mm, dd := t.Date()
	fmt.Println(h, m, s, yy, mm, dd, t.Nanosecond())
}
