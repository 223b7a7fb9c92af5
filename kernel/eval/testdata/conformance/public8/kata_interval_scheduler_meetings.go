package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Meeting struct {
	Title      string
	Start, End time.Time
}

func at(h, m int) time.Time { return time.Date(2024, 3, 15, h, m, 0, 0, time.UTC) }

func merge(ms []Meeting) [][2]time.Time {
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, func(a, b Meeting) int { return a.Start.Compare(b.Start) })
	var out [][2]time.Time
	for _, m := range sorted {
		if n := len(out); n > 0 && !m.Start.After(out[n-1][1]) {
			if m.End.After(out[n-1][1]) {
				out[n-1][1] = m.End
			}
			continue
		}
		out = append(out, [2]time.Time{m.Start, m.End})
	}
	return out
}

func rooms(ms []Meeting) int {
	type ev struct {
		t time.Time
		d int
	}
	var evs []ev
	for _, m := range ms {
		evs = append(evs, ev{m.Start, 1}, ev{m.End, -1})
	}
	slices.SortFunc(evs, func(a, b ev) int { return cmp.Or(a.t.Compare(b.t), cmp.Compare(a.d, b.d)) })
	cur, best := 0, 0
	for _, e := range evs {
		cur += e.d
		best = max(best, cur)
	}
	return best
}

func main() {
	ms := []Meeting{
		{"standup", at(9, 0), at(9, 15)},
		{"design", at(9, 10), at(10, 30)},
		{"lunch", at(12, 0), at(13, 0)},
		{"1:1", at(10, 30), at(11, 0)},
		{"review", at(12, 30), at(14, 0)},
		{"retro", at(16, 0), at(17, 0)},
	}
	for _, b := range merge(ms) {
		fmt.Printf("%s-%s (%v)\n", b[0].Format("15:04"), b[1].Format("15:04"), b[1].Sub(b[0]))
	}
	fmt.Println("rooms needed:", rooms(ms))
	busy := merge(ms)
	dayStart, dayEnd := at(8, 0), at(18, 0)
	prev := dayStart
	var free []string
	for _, b := range append(busy, [2]time.Time{dayEnd, dayEnd}) {
		if gap := b[0].Sub(prev); gap >= 30*time.Minute {
			free = append(free, fmt.Sprintf("%s+%v", prev.Format(time.Kitchen), gap))
		}
		prev = b[1]
	}
	fmt.Println(free)
	fmt.Println(at(9, 0).Weekday(), at(9, 0).YearDay(), at(9, 0).Add(-24*time.Hour*75).Format("2006-01-02 Mon"))
}
