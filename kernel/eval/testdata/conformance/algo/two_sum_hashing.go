package main

import (
	"fmt"
	"slices"
	"sort"
)

func twoSum(nums []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return 0, 0, false
}

func threeSum(nums []int) [][3]int {
	s := slices.Clone(nums)
	sort.Ints(s)
	var out [][3]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		l, r := i+1, len(s)-1
		for l < r {
			sum := s[i] + s[l] + s[r]
			switch {
			case sum < 0:
				l++
			case sum > 0:
				r--
			default:
				out = append(out, [3]int{s[i], s[l], s[r]})
				for l < r && s[l] == s[l+1] {
					l++
				}
				for l < r && s[r] == s[r-1] {
					r--
				}
				l++
				r--
			}
		}
	}
	return out
}

func longestConsecutive(nums []int) int {
	set := map[int]struct{}{}
	for _, n := range nums {
		set[n] = struct{}{}
	}
	best := 0
	for n := range set {
		if _, ok := set[n-1]; ok {
			continue
		}
		l := 1
		for {
			if _, ok := set[n+l]; !ok {
				break
			}
			l++
		}
		best = max(best, l)
	}
	return best
}

func firstUnique(s string) int {
	var cnt [256]int
	for i := range len(s) {
		cnt[s[i]]++
	}
	for i := range len(s) {
		if cnt[s[i]] == 1 {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{3, 2, 4}, 6))
	fmt.Println(twoSum([]int{1, 2}, 7))
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}))
	fmt.Println(longestConsecutive([]int{100, 4, 200, 1, 3, 2}))
	fmt.Println(firstUnique("leetcode"), firstUnique("aabb"))
	type pair struct{ a, b int }
	counts := map[pair]int{}
	for _, p := range []pair{{1, 2}, {2, 1}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts[pair{1, 2}], len(counts))
}
