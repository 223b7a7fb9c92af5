package main

import (
	"fmt"
	"sort"
	"time"
)

type Shift struct {
	Who        string
	Start, End time.Time
}

func (s Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

func main() {
	loc := time.FixedZone("CET", 3600)
	day := time.Date(2024, 3, 30, 0, 0, 0, 0, loc)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	shifts := []Shift{
		{"ann", at(8, 0), at(12, 30)},
		{"bob", at(12, 0), at(20, 15)},
		{"cy", at(22, 0), at(30, 0)},
		{"ann", at(13, 0), at(17, 45)},
	}
	total := map[string]time.Duration{}
	for _, s := range shifts {
		total[s.Who] += s.Duration()
	}
	names := make([]string, 0)
	for n := range total {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := total[n]
		fmt.Printf("%-4s %v %.2fh %s\n", n, d, d.Hours(), d.Round(time.Hour))
	}
	sort.Slice(shifts, func(i, j int) bool { return shifts[i].Start.Before(shifts[j].Start) })
	for i := 1; i < len(shifts); i++ {
		if shifts[i].Start.Before(shifts[i-1].End) {
			fmt.Println("overlap:", shifts[i-1].Who, shifts[i].Who, shifts[i-1].End.Sub(shifts[i].Start))
		}
	}
	last := shifts[len(shifts)-1]
	fmt.Println(last.End.Format("Mon 2006-01-02 15:04 MST"), last.End.UTC().Format(time.RFC3339))
	fmt.Println(last.End.Weekday(), last.End.Day(), last.End.YearDay())
	deadline := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	from := time.Date(2024, 3, 30, 12, 0, 0, 0, time.UTC)
	left := deadline.Sub(from)
	fmt.Println(left, int(left.Hours()/24), left.Truncate(24*time.Hour))
	for _, d := range []time.Duration{0, time.Nanosecond, 1500 * time.Microsecond, -90 * time.Second, 100 * time.Hour, 1<<63 - 1} {
		fmt.Printf("%v|%d|%s\n", d, d.Milliseconds(), d.Abs())
	}
	months := 0
	for t := from; t.Before(deadline); t = t.AddDate(0, 1, 0) {
		months++
	}
	fmt.Println(months, from.AddDate(0, 11, 0).Month(), time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
}
