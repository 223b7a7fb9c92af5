package main

import (
	"fmt"
	"sort"
	"strings"
)

func isValid(s string) bool {
	stack := []rune{}
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		if open, ok := pairs[r]; ok {
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return false
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, r)
		}
	}
	return len(stack) == 0
}

func romanToInt(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func intToRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func groupAnagrams(words []string) [][]string {
	groups := map[[26]byte][]string{}
	var order [][26]byte
	for _, w := range words {
		var k [26]byte
		for i := 0; i < len(w); i++ {
			k[w[i]-'a']++
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func longestCommonPrefix(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	p := ss[0]
	for _, s := range ss[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

func reverseWords(s string) string {
	f := strings.Fields(s)
	sort.SliceStable(f, func(i, j int) bool { return i > j })
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}

func compress(chars []byte) int {
	w := 0
	for r := 0; r < len(chars); {
		c := chars[r]
		n := 0
		for r < len(chars) && chars[r] == c {
			r++
			n++
		}
		chars[w] = c
		w++
		if n > 1 {
			for _, d := range fmt.Sprint(n) {
				chars[w] = byte(d)
				w++
			}
		}
	}
	return w
}

func main() {
	for _, s := range []string{"()", "()[]{}", "(]", "([)]", "{[]}", ""} {
		fmt.Print(isValid(s), " ")
	}
	fmt.Println()
	fmt.Println(romanToInt("III"), romanToInt("LVIII"), romanToInt("MCMXCIV"), intToRoman(3749), intToRoman(58), intToRoman(1994))
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Printf("%q %q\n", longestCommonPrefix([]string{"flower", "flow", "flight"}), longestCommonPrefix([]string{"dog", "racecar"}))
	fmt.Printf("%q\n", reverseWords("  the sky   is blue "))
	cs := []byte("aabbccc")
	n := compress(cs)
	fmt.Println(n, string(cs[:n]))
}
