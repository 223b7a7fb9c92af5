package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.December, 31, 23, 59, 58, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 Mon Jan _2 15:04:05.000 PM -0700 MST"))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly), t.Format(time.DateTime))
	t2 := t.Add(3 * time.Second)
	fmt.Println(t2, t2.Year(), t2.YearDay(), t2.Weekday())
	fmt.Println(t.AddDate(0, 2, 0).Format(time.DateOnly), t.AddDate(0, 0, -365).Format(time.DateOnly))
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est), t.In(est).Format(time.RFC1123Z))
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(t.In(ist).Format(time.RFC822), t.Equal(t.In(ist)), t == t.In(ist))
	d := t2.Sub(t)
	fmt.Println(d, d.Milliseconds(), t.Before(t2), t2.After(t), t.Compare(t2))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 07:30")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(err)
	_, err = time.Parse(time.RFC3339, "yesterday")
	fmt.Println(err)
	pl, err := time.ParseInLocation("Jan 2 2006 3:04PM", "Mar 9 2025 1:05AM", est)
	fmt.Println(pl, err, pl.Unix())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), int(t.Month()), t.Nanosecond())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.StampMilli))
	dur, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, err, dur.Minutes(), time.Duration(1500)*time.Microsecond)
	_, err = time.ParseDuration("5 days")
	fmt.Println(err)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	b, _ := t.MarshalJSON()
	fmt.Println(string(b))
	fmt.Printf("%v|%s|%d\n", 90*time.Minute, time.Duration(0), time.Second)
}
