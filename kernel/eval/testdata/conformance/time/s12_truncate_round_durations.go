package main

import (
	"fmt"
	"sort"
	"time"
)

type Lap struct {
	Runner string
	Time   time.Duration
}

type ByTime []Lap

func (b ByTime) Len() int           { return len(b) }
func (b ByTime) Less(i, j int) bool { return b[i].Time < b[j].Time }
func (b ByTime) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Pace time.Duration

func (p Pace) String() string {
	d := time.Duration(p).Round(time.Second)
	return fmt.Sprintf("%d'%02d\"/km", int(d.Minutes()), int(d.Seconds())%60)
}

func main() {
	laps := ByTime{{"ann", 4*time.Minute + 31*time.Second + 250*time.Millisecond}, {"bob", 4*time.Minute + 2*time.Second}, {"cy", 271 * time.Second}}
	sort.Sort(laps)
	for _, l := range laps {
		fmt.Println(l.Runner, l.Time, l.Time.Round(time.Second), l.Time.Truncate(time.Minute), Pace(l.Time))
	}
	d := 90*time.Minute + 30*time.Second + 1500*time.Microsecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Milliseconds(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(time.Duration(0), time.Duration(1), -d, d.Abs() == d, time.Duration(-1<<63).Abs())
	for _, s := range []string{"1h15m", "2.5s", "-3us", "300ms", "1d", "5"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
	t := time.Date(2024, 5, 17, 13, 47, 29, 600_000_000, time.UTC)
	for _, u := range []time.Duration{time.Second, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(u, t.Truncate(u).Format(time.TimeOnly), t.Round(u).Format("Jan 2 15:04:05"))
	}
	var total time.Duration
	for _, l := range laps {
		total += l.Time
	}
	fmt.Println(total/time.Duration(len(laps)), Pace(total/3))
}
