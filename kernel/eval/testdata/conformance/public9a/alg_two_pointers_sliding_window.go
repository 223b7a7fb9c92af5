package main

import (
	"fmt"
	"sort"
)

func longestUniqueSubstr(s string) (int, string) {
	last := map[rune]int{}
	rs := []rune(s)
	best, bestStart, start := 0, 0, 0
	for i, r := range rs {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(rs[bestStart : bestStart+best])
}

func threeSum(nums []int) [][3]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	var out [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		l, r := i+1, len(a)-1
		for l < r {
			switch s := a[i] + a[l] + a[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				out = append(out, [3]int{a[i], a[l], a[r]})
				for l < r && a[l] == a[l+1] {
					l++
				}
				for l < r && a[r] == a[r-1] {
					r--
				}
				l, r = l+1, r-1
			}
		}
	}
	return out
}

func minWindow(s, t string) string {
	need := map[byte]int{}
	for i := range t {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	for l, r := 0, 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func maxArea(h []int) (best int) {
	for l, r := 0, len(h)-1; l < r; {
		best = max(best, min(h[l], h[r])*(r-l))
		if h[l] < h[r] {
			l++
		} else {
			r--
		}
	}
	return
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "안녕안녕하세요"} {
		n, sub := longestUniqueSubstr(s)
		fmt.Printf("%q %d %q\n", s, n, sub)
	}
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4, -2, -3, 3, 0, 4}))
	fmt.Printf("%q %q %q\n", minWindow("ADOBECODEBANC", "ABC"), minWindow("a", "aa"), minWindow("aa", "aa"))
	fmt.Println(maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}))
}
