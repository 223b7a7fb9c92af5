package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -5 * time.Minute, 1<<63 - 1, 36 * time.Hour}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.2f|%.3f\n", d, d, d, d.Hours(), d.Seconds())
	}
	d := 3723 * time.Second
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Minutes(), d.Milliseconds(), d.Abs())
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.String())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000 Mon Jan"), t.Format("02/01/06 3PM"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Month(), int(t.Month()))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	t2 := t.AddDate(0, 1, 0)
	fmt.Println(t2.Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(t2.Sub(t), t.Sub(t2), t2.After(t), t.Equal(t))
	fmt.Println(t.Add(-25 * time.Hour).Format(time.DateTime))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	pt, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(pt, err, pt.Unix())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC1123Z))
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Saturday)
	fmt.Println(t.Compare(t2), t2.Compare(t), t.Compare(t))
	days := t2.Sub(t).Hours() / 24
	fmt.Println(days)
	fmt.Println(time.Duration(90) * time.Minute)
	type Event struct {
		Name string
		At   time.Duration
	}
	fmt.Printf("%v %+v\n", Event{"x", 2 * time.Second}, []Event{{"y", time.Millisecond}})
}
