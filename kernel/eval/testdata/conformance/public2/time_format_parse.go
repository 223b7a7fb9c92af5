package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	t := time.Date(2014, 4, 15, 18, 0, 15, 123456000, time.FixedZone("EST", -5*3600))
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(
		time.RFC3339,
		"2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		t.Year(), t.Month(), t.Day(),
		t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	p(t.Format(time.Kitchen), t.Format(time.DateOnly), t.Format(time.TimeOnly), t.Format(time.RFC1123Z))
	d, err := time.ParseDuration("1h15m30.5s")
	p(d, err, d.Round(time.Minute), d.Truncate(time.Hour))
	t3, err := time.ParseInLocation("2006-01-02 15:04", "2020-02-29 23:59", time.UTC)
	p(t3, err, t3.Add(time.Minute).Format(time.DateTime))
}
