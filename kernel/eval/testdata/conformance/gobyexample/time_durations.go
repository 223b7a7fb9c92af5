package main

import (
	"fmt"
	"time"
)

func main() {
	durations := []time.Duration{
		1500 * time.Microsecond,
		90 * time.Minute,
		time.Duration(1),
		2*time.Hour + 3*time.Second,
		-time.Second,
		0,
	}
	for _, d := range durations {
		fmt.Println(d, d.String(), int64(d))
	}
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 3*time.Millisecond, (90 * time.Second).Minutes())
	t := time.Date(2024, time.December, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(t.Add(time.Second), t.AddDate(0, 2, 0).Format("Jan 2"))
	fmt.Println(t.Month(), int(t.Month()), t.Weekday(), time.Saturday)
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Before(start.AddDate(0, 0, 3)); d = d.AddDate(0, 0, 1) {
		fmt.Print(d.Format("Mon 02"), "; ")
	}
	fmt.Println()
	fmt.Println(t.Sub(start).Hours(), t.Compare(start), start.IsZero(), time.Time{}.IsZero())
	fmt.Println(time.Unix(0, 0).UTC().Format(time.RFC3339Nano))
}
