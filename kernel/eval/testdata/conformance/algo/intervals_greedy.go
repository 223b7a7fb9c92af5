package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int }

func merge(iv []Interval) []Interval {
	s := slices.Clone(iv)
	slices.SortFunc(s, func(a, b Interval) int { return cmp.Compare(a.Start, b.Start) })
	var out []Interval
	for _, x := range s {
		if n := len(out); n > 0 && x.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
		} else {
			out = append(out, x)
		}
	}
	return out
}

func maxMeetings(iv []Interval) []Interval {
	s := slices.Clone(iv)
	slices.SortStableFunc(s, func(a, b Interval) int { return cmp.Compare(a.End, b.End) })
	var chosen []Interval
	end := -1 << 31
	for _, x := range s {
		if x.Start >= end {
			chosen = append(chosen, x)
			end = x.End
		}
	}
	return chosen
}

func minRooms(iv []Interval) int {
	var starts, ends []int
	for _, x := range iv {
		starts = append(starts, x.Start)
		ends = append(ends, x.End)
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

func jump(nums []int) int {
	jumps, curEnd, far := 0, 0, 0
	for i := range len(nums) - 1 {
		far = max(far, i+nums[i])
		if i == curEnd {
			jumps++
			curEnd = far
		}
	}
	return jumps
}

func main() {
	fmt.Println(merge([]Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}}))
	fmt.Println(maxMeetings([]Interval{{1, 2}, {3, 4}, {0, 6}, {5, 7}, {8, 9}, {5, 9}}))
	fmt.Println(minRooms([]Interval{{0, 30}, {5, 10}, {15, 20}, {10, 15}}))
	fmt.Println(jump([]int{2, 3, 1, 1, 4}), jump([]int{1}))
	fmt.Printf("%+v\n", merge(nil))
}
