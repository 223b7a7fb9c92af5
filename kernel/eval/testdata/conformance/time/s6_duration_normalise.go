package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, 2*time.Second + 300*time.Millisecond, -90 * time.Minute, 100 * time.Hour, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Printf("%v %s %d %.3f %.1f\n", d, d.String(), d, d.Seconds(), d.Minutes())
	}
	fmt.Println(time.Duration(1500)*time.Millisecond, (3 * time.Second).Milliseconds(), (90 * time.Second).Abs())
	for _, s := range []string{"1h30m", "1.5h", "300ms", "-2m3.5s", "1us", "1µs", "3x", "", "1h1h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	fmt.Println(time.Date(2023, 2, 31, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 14, 1, -1, 0, -1, 0, time.UTC))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 1e9+5, time.UTC))
	for m := time.January; m <= time.December; m += 3 {
		first := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		fmt.Println(m, first.Weekday(), last.Day())
	}
	fmt.Println(time.Saturday, time.Weekday(7), time.Month(13))
	fmt.Println(time.Since(time.Now()) < time.Second, time.Until(time.Now().Add(time.Hour)) > 0)
}
