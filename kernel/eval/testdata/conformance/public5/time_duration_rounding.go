package main

import (
	"fmt"
	"time"
)

func humanize(d time.Duration) string {
	switch {
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	case d < time.Minute:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	h := d / time.Hour
	d -= h * time.Hour
	return fmt.Sprintf("%dh%02dm", h, d/time.Minute)
}

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond + 500, 1500 * time.Millisecond, 90 * time.Second,
		3*time.Hour + 25*time.Minute + 7*time.Second + 300*time.Millisecond, -2 * time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Printf("%-22v %-12s %d\n", d, humanize(d), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 7*time.Second + 351*time.Millisecond
	for _, r := range []time.Duration{time.Millisecond, time.Second, time.Minute, time.Hour, 0, -1} {
		fmt.Println(r, d.Round(r), d.Truncate(r))
	}
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	for _, s := range []string{"1h30m", "1.5h", "300ms", "-1m30s", "2us", "1µs", "3d", "", "1h1h"} {
		p, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, p, err)
	}
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Duration(2)*time.Minute, 90*time.Minute)
	fmt.Printf("%d %v %s %.2f\n", time.Second, time.Second, time.Minute*3, time.Hour.Hours())
	fmt.Println(d.Abs(), (-d).Abs(), time.Duration(-1<<63).Abs())
}
