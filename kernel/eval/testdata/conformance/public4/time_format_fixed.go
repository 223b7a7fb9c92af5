package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format("Mon Monday 01/02/06"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Nanosecond())
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(err)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	later := t.Add(36 * time.Hour)
	fmt.Println(later.Sub(t), later.After(t), t.Before(later), later.Equal(t))
	fmt.Println(t.AddDate(0, 1, 25).Format("2006-01-02"))
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Format(time.DateOnly))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	dd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds())
	fmt.Printf("%v|%s|%d\n", time.Duration(1500)*time.Microsecond, 2*time.Second, time.Millisecond)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month() == time.November, time.Saturday)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
