package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan _2 3:04PM"), t.Format(time.Kitchen))
	fmt.Println(t.Format("02/01/06"), t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	fmt.Println(t.AddDate(1, 0, 0).Format(time.DateOnly), t.AddDate(0, 1, 1).Format(time.DateOnly))
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u.Sub(t), u.After(t), t.Before(u), u.Equal(t))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Second).Format(time.RFC3339Nano))
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(p, err)
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println(err)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), 90*time.Second, -2*time.Millisecond)
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(t.Unix(), t.UnixMilli())
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC1123Z))
	days := p.Sub(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Printf("%.2f days\n", days)
	fmt.Println(time.March.String(), time.Saturday, time.Month(13))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
