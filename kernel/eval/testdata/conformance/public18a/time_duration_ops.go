package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond + 500, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		-2*time.Hour - 3*time.Millisecond, 1<<63 - 1, -1 << 63, 26*time.Hour + 1}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Seconds(), d.Minutes(), d.Milliseconds(), d.Microseconds(), d.Abs())
	}
	d := 1*time.Hour + 23*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{0, -1, time.Millisecond, time.Second, 10 * time.Second, time.Minute, time.Hour, 7 * time.Minute} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	for _, s := range []string{"1h2m3s", "1.5h", "-1m30s", "300ms", "2us", "2µs", "1ns", "0", "", "1d", "3", ".5s", "1h-2m", "9223372036854775807ns", "9223372036854775808ns"} {
		v, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, v, err)
	}
	fmt.Printf("%d %v %s %.1f %T\n", time.Second, time.Second, 2*time.Minute, time.Minute.Hours(), time.Second)
	type Timeout time.Duration
	t := Timeout(5 * time.Second)
	fmt.Println(t, time.Duration(t))
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Second/3, time.Hour%7, time.Since(time.Now()) < time.Minute)
	tm := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(tm.Add(-time.Nanosecond), tm.Add(time.Duration(1<<62)).Year())
}
