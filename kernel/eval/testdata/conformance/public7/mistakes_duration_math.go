package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := time.Duration(n) * time.Second
	fmt.Println(d, d.Milliseconds(), d.Seconds())
	timeout := 1500 * time.Millisecond
	fmt.Println(timeout, timeout.Round(time.Second), timeout.Truncate(time.Second))
	fmt.Println(time.Duration(90)*time.Minute, (90 * time.Minute).Hours())
	fmt.Println(time.Duration(1), time.Duration(1500), time.Duration(1500000), 0*time.Second)
	fmt.Println(-2*time.Hour - 30*time.Minute)
	var total time.Duration
	for _, ms := range []int{250, 750, 1200} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total/3, total%time.Second)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Minutes())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Printf("%v %d %s %.2f\n", 2*time.Second, 2*time.Second, time.Millisecond*3, (3 * time.Millisecond).Seconds())
	base := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	later := base.Add(45 * time.Minute)
	fmt.Println(later.Format(time.RFC3339), later.Sub(base), later.YearDay())
	fmt.Println(base.AddDate(0, 1, 1).Format("2006-01-02 Mon"))
	fmt.Println(time.Duration(1<<63 - 1))
	ticks := int64(d / time.Millisecond)
	fmt.Println(ticks, d/time.Duration(n))
}
