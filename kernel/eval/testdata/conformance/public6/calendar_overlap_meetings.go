package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Meeting struct {
	Title      string
	Start, End time.Time
	Attendees  []string
}

func (m Meeting) Overlaps(o Meeting) bool { return m.Start.Before(o.End) && o.Start.Before(m.End) }

func (m Meeting) String() string {
	return fmt.Sprintf("%s %s-%s", m.Title, m.Start.Format("15:04"), m.End.Format("15:04"))
}

type Slot struct{ From, To time.Time }

// freeSlots returns the gaps of at least min between busy meetings in [day start, day end).
func freeSlots(ms []Meeting, dayStart, dayEnd time.Time, min time.Duration) []Slot {
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, func(a, b Meeting) int { return a.Start.Compare(b.Start) })
	var out []Slot
	cur := dayStart
	for _, m := range sorted {
		if m.Start.Sub(cur) >= min {
			out = append(out, Slot{cur, m.Start})
		}
		if m.End.After(cur) {
			cur = m.End
		}
	}
	if dayEnd.Sub(cur) >= min {
		out = append(out, Slot{cur, dayEnd})
	}
	return out
}

func main() {
	day := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	ms := []Meeting{
		{"standup", at(9, 0), at(9, 15), []string{"ann", "bob", "cy"}},
		{"design", at(10, 0), at(11, 30), []string{"ann", "cy"}},
		{"1:1", at(11, 0), at(11, 30), []string{"bob", "cy"}},
		{"lunch", at(12, 0), at(13, 0), []string{"ann"}},
		{"review", at(15, 45), at(16, 30), []string{"bob"}},
	}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[i].Overlaps(ms[j]) {
				var shared []string
				for _, a := range ms[i].Attendees {
					if slices.Contains(ms[j].Attendees, a) {
						shared = append(shared, a)
					}
				}
				fmt.Printf("conflict: %v vs %v (shared: %s)\n", ms[i], ms[j], strings.Join(shared, ","))
			}
		}
	}
	for _, s := range freeSlots(ms, at(9, 0), at(17, 0), 45*time.Minute) {
		fmt.Printf("free %s-%s (%v)\n", s.From.Format("15:04"), s.To.Format("15:04"), s.To.Sub(s.From))
	}
	busy := map[string]time.Duration{}
	for _, m := range ms {
		for _, a := range m.Attendees {
			busy[a] += m.End.Sub(m.Start)
		}
	}
	for _, p := range []string{"ann", "bob", "cy"} {
		fmt.Printf("%s busy %v\n", p, busy[p])
	}
}
