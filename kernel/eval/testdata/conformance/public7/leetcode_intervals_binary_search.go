package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Start, End int }

func merge(iv []Interval) []Interval {
	sort.Slice(iv, func(i, j int) bool { return iv[i].Start < iv[j].Start })
	var out []Interval
	for _, x := range iv {
		if n := len(out); n > 0 && x.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
		} else {
			out = append(out, x)
		}
	}
	return out
}

func insert(iv []Interval, nw Interval) []Interval {
	i := sort.Search(len(iv), func(i int) bool { return iv[i].End >= nw.Start })
	j := i
	for j < len(iv) && iv[j].Start <= nw.End {
		nw.Start = min(nw.Start, iv[j].Start)
		nw.End = max(nw.End, iv[j].End)
		j++
	}
	out := append([]Interval{}, iv[:i]...)
	out = append(out, nw)
	return append(out, iv[j:]...)
}

func searchRotated(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case nums[mid] == target:
			return mid
		case nums[lo] <= nums[mid]:
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if nums[mid] < target && target <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func minEatingSpeed(piles []int, h int) int {
	maxP := 0
	for _, p := range piles {
		maxP = max(maxP, p)
	}
	return sort.Search(maxP, func(k int) bool {
		k++
		hours := 0
		for _, p := range piles {
			hours += (p + k - 1) / k
		}
		return hours <= h
	}) + 1
}

func meetingRooms(iv []Interval) int {
	starts := make([]int, len(iv))
	ends := make([]int, len(iv))
	for i, x := range iv {
		starts[i], ends[i] = x.Start, x.End
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, best, e := 0, 0, 0
	for _, s := range starts {
		for e < len(ends) && ends[e] <= s {
			e++
			rooms--
		}
		rooms++
		best = max(best, rooms)
	}
	return best
}

func main() {
	fmt.Println(merge([]Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}}), merge([]Interval{{1, 4}, {4, 5}}))
	fmt.Println(insert([]Interval{{1, 3}, {6, 9}}, Interval{2, 5}), insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println(searchRotated([]int{4, 5, 6, 7, 0, 1, 2}, 0), searchRotated([]int{4, 5, 6, 7, 0, 1, 2}, 3), searchRotated([]int{1}, 1))
	fmt.Println(minEatingSpeed([]int{3, 6, 7, 11}, 8), minEatingSpeed([]int{30, 11, 23, 4, 20}, 5), minEatingSpeed([]int{30, 11, 23, 4, 20}, 6))
	fmt.Println(meetingRooms([]Interval{{0, 30}, {5, 10}, {15, 20}}), meetingRooms([]Interval{{7, 10}, {2, 4}}))
	xs := []int{1, 3, 3, 3, 5, 8}
	fmt.Println(sort.SearchInts(xs, 3), sort.SearchInts(xs, 4), sort.SearchInts(xs, 9))
	i, found := sort.Find(len(xs), func(i int) int { return 5 - xs[i] })
	fmt.Println(i, found)
}
