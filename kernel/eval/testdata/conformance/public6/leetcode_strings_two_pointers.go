package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	rs := []rune(strings.ToLower(s))
	i, j := 0, len(rs)-1
	for i < j {
		switch {
		case !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]):
			i++
		case !unicode.IsLetter(rs[j]) && !unicode.IsDigit(rs[j]):
			j--
		case rs[i] != rs[j]:
			return false
		default:
			i++
			j--
		}
	}
	return true
}

func longestUniqueSubstr(s string) string {
	last := map[rune]int{}
	rs := []rune(s)
	start, bestStart, bestLen := 0, 0, 0
	for i, r := range rs {
		if p, ok := last[r]; ok && p >= start {
			start = p + 1
		}
		last[r] = i
		if i-start+1 > bestLen {
			bestStart, bestLen = start, i-start+1
		}
	}
	return string(rs[bestStart : bestStart+bestLen])
}

func threeSum(nums []int) [][3]int {
	sort.Ints(nums)
	var out [][3]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			switch s := nums[i] + nums[l] + nums[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				out = append(out, [3]int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				for l < r && nums[r] == nums[r-1] {
					r--
				}
				l++
				r--
			}
		}
	}
	return out
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return strings.Join(w, " ")
}

func compress(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteRune(rs[i])
		if j-i > 1 {
			fmt.Fprint(&sb, j-i)
		}
		i = j
	}
	if sb.Len() >= len(s) {
		return s
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "다시 합창합시다"} {
		fmt.Printf("%q %t\n", s, isPalindrome(s))
	}
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "한국어한국"} {
		fmt.Print(longestUniqueSubstr(s), " ")
	}
	fmt.Println()
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4, -2, -3, 3, 0, 4}))
	fmt.Printf("%q\n", reverseWords("  the sky   is blue "))
	fmt.Println(compress("aaabccddddde"), compress("abc"), compress("zzzzzzzzzzzz"))
}
