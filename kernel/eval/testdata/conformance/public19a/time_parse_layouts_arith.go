package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T23:59:59Z"},
		{time.RFC3339, "2024-06-01T12:00:00+02:00"},
		{"2006-01-02 15:04:05.000", "2023-07-04 09:08:07.123"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{"02/01/2006", "31/12/1999"},
		{time.DateOnly, "2024-13-01"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2024-02-30"},
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, l.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.UTC().Format(time.RFC3339Nano), t.Weekday(), t.YearDay())
	}
	start := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	for i := range 4 {
		fmt.Print(start.AddDate(0, i, 0).Format("Jan 02"), "; ")
	}
	fmt.Println()
	a := time.Date(2024, 3, 10, 8, 30, 0, 0, time.UTC)
	b := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	d := b.Sub(a)
	fmt.Println(d, d.Hours()/24, d.Round(24*time.Hour), d.Truncate(time.Hour))
	fmt.Println(a.Before(b), a.After(b), a.Equal(a.UTC()), b.Sub(a) > 200*24*time.Hour)
	fmt.Println(a.Format("Monday, 2 January 2006 15:04 MST"), a.Format("06-1-2 3:4:5 pm"), a.Format(time.ANSIC))
	fmt.Println(a.Truncate(24*time.Hour).Format(time.DateTime), a.Unix(), a.UnixMilli())
	y, m, dd := a.Date()
	h, mi, s := a.Clock()
	fmt.Println(y, m, dd, h, mi, s, int(m))
	loc := time.FixedZone("UTC+5:30", 5*3600+1800)
	fmt.Println(a.In(loc), a.In(loc).Format(time.RFC822Z))
	name, off := a.In(loc).Zone()
	fmt.Println(name, off)
	durs := []string{"1h", "90m", "1.5h", "300ms", "-2m3s", "1h2m3s4ms5us6ns", "2d", ""}
	for _, s := range durs {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	fmt.Println(time.Duration(0), time.Duration(-1), time.Duration(1<<62), 3*time.Millisecond+500*time.Microsecond)
	months := 0
	for t := start; t.Year() == 2024; t = t.AddDate(0, 1, 0) {
		months++
	}
	fmt.Println(months, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 12, 31, 25, 61, 0, 0, time.UTC))
}
