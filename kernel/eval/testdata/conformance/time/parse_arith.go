package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00")
	fmt.Println(t, err)
	t2, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	fmt.Println(t2, err)
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println(err)
	t3, _ := time.ParseInLocation(time.DateTime, "2012-07-09 05:02:00", time.FixedZone("X", 3600))
	fmt.Println(t3)
	start := time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(start.AddDate(0, 1, 0))
	fmt.Println(start.Add(36 * time.Hour))
	end := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(end.Sub(start), start.Before(end), start.After(end), start.Equal(start.UTC()))
	fmt.Println(start.Compare(end), end.Compare(start))
	tt := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Printf("t.Truncate(%6s) = %s   t.Round = %s\n", d, tt.Truncate(d).Format("15:04:05.999999999"), tt.Round(d).Format("15:04:05.999999999"))
	}
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.RFC3339Nano))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
}
