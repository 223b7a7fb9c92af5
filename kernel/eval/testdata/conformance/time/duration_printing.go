package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1100 * time.Nanosecond, 2200 * time.Microsecond, 3300 * time.Millisecond, 4*time.Minute + 5*time.Second, 5*time.Hour + 6*time.Minute + 7*time.Second + 8*time.Millisecond, -90 * time.Second}
	for _, d := range ds {
		fmt.Printf("%v %d %s\n", d, d, d.String())
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute), d.Abs())
	for _, s := range []string{"1h15m30.918273645s", "-1.5h", "300ms", "2h45m", "1us", "1µs", "bogus", "1d"} {
		p, err := time.ParseDuration(s)
		fmt.Println(s, p, err)
	}
	fmt.Printf("%T %v\n", time.Second, time.Duration(1500)*time.Millisecond)
}
