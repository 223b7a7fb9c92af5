package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday())
	now := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	p(then.Before(now), then.After(now), then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours() > 1000, int(diff.Minutes()), diff.Truncate(time.Hour))
	p(then.Add(diff), then.Add(-diff))
	p(now.AddDate(0, 1, 0), now.YearDay())
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Seconds(), d.Round(time.Minute))
	p(time.Duration(1500)*time.Millisecond, 90*time.Second)
	p(now.Truncate(24 * time.Hour).Format(time.RFC3339))
	y, w := now.ISOWeek()
	p(y, w)
}
