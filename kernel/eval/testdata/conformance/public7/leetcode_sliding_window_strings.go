package main

import "fmt"

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		best = max(best, i-start+1)
	}
	return best
}

func minWindow(s, t string) string {
	var need [128]int
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

func findAnagrams(s, p string) []int {
	if len(p) > len(s) {
		return nil
	}
	var want, have [26]int
	for i := range p {
		want[p[i]-'a']++
		have[s[i]-'a']++
	}
	var out []int
	if want == have {
		out = append(out, 0)
	}
	for i := len(p); i < len(s); i++ {
		have[s[i]-'a']++
		have[s[i-len(p)]-'a']--
		if want == have {
			out = append(out, i-len(p)+1)
		}
	}
	return out
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

func characterReplacement(s string, k int) int {
	var count [26]int
	best, maxf, l := 0, 0, 0
	for r := 0; r < len(s); r++ {
		count[s[r]-'A']++
		maxf = max(maxf, count[s[r]-'A'])
		for r-l+1-maxf > k {
			count[s[l]-'A']--
			l++
		}
		best = max(best, r-l+1)
	}
	return best
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "dvdf"} {
		fmt.Print(lengthOfLongestSubstring(s), " ")
	}
	fmt.Println()
	fmt.Printf("%q %q %q\n", minWindow("ADOBECODEBANC", "ABC"), minWindow("a", "a"), minWindow("a", "aa"))
	fmt.Println(findAnagrams("cbaebabacd", "abc"), findAnagrams("abab", "ab"), findAnagrams("a", "ab") == nil)
	fmt.Println(maxSlidingWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(characterReplacement("ABAB", 2), characterReplacement("AABABBA", 1))
}
