package main

import (
	"fmt"
	"slices"
	"sort"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := slices.Clone(ivs)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(ivs []Interval, n Interval) []Interval {
	var res []Interval
	i := 0
	for ; i < len(ivs) && ivs[i].End < n.Start; i++ {
		res = append(res, ivs[i])
	}
	for ; i < len(ivs) && ivs[i].Start <= n.End; i++ {
		n.Start = min(n.Start, ivs[i].Start)
		n.End = max(n.End, ivs[i].End)
	}
	res = append(res, n)
	return append(res, ivs[i:]...)
}

func minMeetingRooms(ivs []Interval) int {
	starts := make([]int, len(ivs))
	ends := make([]int, len(ivs))
	for i, iv := range ivs {
		starts[i], ends[i] = iv.Start, iv.End
	}
	slices.Sort(starts)
	slices.Sort(ends)
	rooms, best, j := 0, 0, 0
	for _, s := range starts {
		for j < len(ends) && ends[j] <= s {
			j++
			rooms--
		}
		rooms++
		best = max(best, rooms)
	}
	return best
}

func main() {
	in := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}}
	fmt.Println(merge(in), in)
	fmt.Println(merge([]Interval{{1, 4}, {4, 5}}), merge(nil))
	fmt.Println(insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println(insert(nil, Interval{5, 7}))
	fmt.Println(minMeetingRooms([]Interval{{0, 30}, {5, 10}, {15, 20}}), minMeetingRooms([]Interval{{7, 10}, {2, 4}}))
	fmt.Printf("%v %s %d\n", in[0], in[:2], in[1])
}
