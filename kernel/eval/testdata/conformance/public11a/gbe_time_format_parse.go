package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	t := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	then := t
	later := t.Add(36*time.Hour + 15*time.Minute)
	diff := later.Sub(then)
	p(diff, diff.Hours(), diff.Minutes(), diff.Seconds())
	p(then.Before(later), then.After(later), then.Equal(later))
	p(then.Weekday(), then.YearDay(), then.Nanosecond(), then.Location())
	p(later.Add(-diff).Equal(then))
	p(then.Unix(), then.UnixMilli(), time.Unix(then.Unix(), 0).UTC())
	p(then.Truncate(time.Hour), then.Round(time.Minute).Format(time.Kitchen))
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Round(time.Minute), d.Truncate(time.Hour))
	loc := time.FixedZone("EST", -5*3600)
	p(then.In(loc), then.In(loc).Format(time.RFC1123Z))
}
