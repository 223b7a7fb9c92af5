package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalindrome(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range len(s) {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func countPalSubstrings(s string) int {
	n := len(s)
	dp := make([][]bool, n)
	for i := range dp {
		dp[i] = make([]bool, n)
	}
	count := 0
	for length := 1; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			if s[i] == s[j] && (length <= 2 || dp[i+1][j-1]) {
				dp[i][j] = true
				count++
			}
		}
	}
	return count
}

func isPalNumber(n int) bool {
	if n < 0 {
		return false
	}
	rev, orig := 0, n
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return rev == orig
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	fmt.Println(longestPalindrome("babad"), longestPalindrome("cbbd"), longestPalindrome("forgeeksskeegfor"))
	fmt.Println(countPalSubstrings("abc"), countPalSubstrings("aaa"), countPalSubstrings("abba"))
	var pals []int
	for i := 100; i < 200; i++ {
		if isPalNumber(i) {
			pals = append(pals, i)
		}
	}
	fmt.Println(pals, isPalNumber(-121), isPalNumber(1234321))
}
