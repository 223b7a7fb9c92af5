package main

import "fmt"

func lengthOfLongestSubstring(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	runes := []rune(s)
	for i, r := range runes {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(runes[bestStart : bestStart+best])
}

func minWindow(s, t string) string {
	need := [128]int{}
	for i := range t {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
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

func maxSlidingWindow(nums []int, k int) []int {
	var dq, out []int
	for i, n := range nums {
		for len(dq) > 0 && nums[dq[len(dq)-1]] <= n {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, nums[dq[0]])
		}
	}
	return out
}

func findAnagrams(s, p string) []int {
	var want, have [26]int
	for i := range p {
		want[p[i]-'a']++
	}
	var res []int
	for i := range s {
		have[s[i]-'a']++
		if i >= len(p) {
			have[s[i-len(p)]-'a']--
		}
		if have == want {
			res = append(res, i-len(p)+1)
		}
	}
	return res
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "日本日本語"} {
		n, sub := lengthOfLongestSubstring(s)
		fmt.Printf("%q %d %q\n", s, n, sub)
	}
	fmt.Printf("%q %q\n", minWindow("ADOBECODEBANC", "ABC"), minWindow("a", "aa"))
	fmt.Println(maxSlidingWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(findAnagrams("cbaebabacd", "abc"), findAnagrams("abab", "ab"))
}
