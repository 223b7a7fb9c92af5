package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.Kitchen, time.ANSIC, time.DateTime, time.DateOnly, time.TimeOnly, time.StampMilli,
		"2006-01-02", "02/01/06 15:04", "Mon Jan _2", "3:04PM", "15h04m05s", ".000", ",999", "January 2, 2006", "2006 002", "Z07:00 MST"}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli())
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly), t.AddDate(0, 0, -60).Format(time.DateOnly))
	t2 := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour).Format(time.RFC3339))
	loc := time.FixedZone("EST", -5*3600)
	tl := t.In(loc)
	fmt.Println(tl, tl.Location(), tl.Equal(t))
	name, off := tl.Zone()
	fmt.Println(name, off)
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	_, err = time.Parse(time.RFC3339, "not a time")
	fmt.Println(err)
	p2, err := time.ParseInLocation("Jan 2 2006 3PM", "Mar 9 2021 4PM", loc)
	fmt.Println(p2, err)
	for _, s := range []string{"1h30m", "2.5s", "-1m", "300ms", "1h1m1s1ms1us1ns", "bad", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), d.Milliseconds())
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(1500), -2*time.Second, time.Duration(1<<62))
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 3*time.Millisecond, time.Minute.Seconds())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, time.UnixMilli(1).UTC())
	fmt.Println(time.Date(2023, 2, 31, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.March.String(), time.Saturday, time.Month(13))
	b, _ := t.MarshalJSON()
	fmt.Println(string(b))
	var tj time.Time
	fmt.Println(tj.UnmarshalJSON([]byte(`"2020-01-01T00:00:00+02:00"`)), tj)
	txt, _ := t.MarshalText()
	fmt.Println(string(txt))
	days := t.Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Printf("%.3f\n", days)
	fmt.Println(t.Compare(t2), t2.Compare(t), t.Compare(t))
}
