package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Nanosecond())
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"), t.Format(time.Kitchen), t.Format(time.DateOnly))
	u := t.Add(36 * time.Hour)
	fmt.Println(u, u.Sub(t), u.After(t), t.Equal(t.In(time.UTC)))
	fmt.Println(t.AddDate(0, 1, 25).Format(time.DateTime), t.Truncate(time.Hour).Format(time.TimeOnly))
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err, p.Unix())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	fmt.Println(time.Unix(1e9, 0).UTC(), time.UnixMilli(0).UTC().IsZero(), time.Time{}.IsZero())
	loc := time.FixedZone("X", 3*3600)
	fmt.Println(t.In(loc))
}
