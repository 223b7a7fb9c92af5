package main

import (
	"fmt"
	"slices"
	"sort"
)

type Interval struct{ Lo, Hi int }

func (i Interval) String() string { return fmt.Sprintf("[%d,%d]", i.Lo, i.Hi) }

type ByStart []Interval

func (b ByStart) Len() int { return len(b) }
func (b ByStart) Less(i, j int) bool {
	return b[i].Lo < b[j].Lo || b[i].Lo == b[j].Lo && b[i].Hi < b[j].Hi
}
func (b ByStart) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func merge(in []Interval) []Interval {
	xs := slices.Clone(in)
	sort.Sort(ByStart(xs))
	var out []Interval
	for _, x := range xs {
		if n := len(out); n > 0 && x.Lo <= out[n-1].Hi {
			out[n-1].Hi = max(out[n-1].Hi, x.Hi)
			continue
		}
		out = append(out, x)
	}
	return out
}

type event struct {
	t     int
	delta int
}

func maxOverlap(in []Interval) (best, at int) {
	var evs []event
	for _, x := range in {
		evs = append(evs, event{x.Lo, +1}, event{x.Hi, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].t != evs[j].t {
			return evs[i].t < evs[j].t
		}
		return evs[i].delta < evs[j].delta
	})
	cur := 0
	for _, e := range evs {
		cur += e.delta
		if cur > best {
			best, at = cur, e.t
		}
	}
	return
}

func schedule(in []Interval) []Interval {
	xs := slices.Clone(in)
	slices.SortFunc(xs, func(a, b Interval) int { return a.Hi - b.Hi })
	var out []Interval
	end := -1 << 31
	for _, x := range xs {
		if x.Lo >= end {
			out = append(out, x)
			end = x.Hi
		}
	}
	return out
}

func main() {
	in := []Interval{{1, 3}, {2, 6}, {8, 10}, {15, 18}, {17, 20}, {9, 9}, {0, 1}}
	fmt.Println(merge(in))
	fmt.Println(maxOverlap(in))
	fmt.Println(schedule(in))
	fmt.Println(in)
	fmt.Printf("%v %s\n", ByStart(merge(in)), Interval{-1, 1})
	gaps := []Interval{}
	m := merge(in)
	for i := 1; i < len(m); i++ {
		gaps = append(gaps, Interval{m[i-1].Hi, m[i].Lo})
	}
	fmt.Println(gaps, len(merge(nil)))
}
