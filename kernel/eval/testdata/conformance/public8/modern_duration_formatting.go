package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 90 * time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -2 * time.Minute}
	for _, d := range ds {
		fmt.Printf("%-16v %-12s %d\n", d, d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour), d.Round(time.Hour))
	for _, s := range []string{"1h30m", "2.5s", "-1m15s", "300ms", "1us", "bad"} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
	fmt.Printf("%T %v %.1f\n", time.Second, time.Duration(1<<63-1), time.Minute.Hours())
	fmt.Println(time.Duration(1234567890).Abs(), (-time.Second).Abs())
	type Timeout time.Duration
	fmt.Println(Timeout(time.Second), time.Duration(Timeout(time.Second)))
}
