package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(a []int) [][]int {
	var res [][]int
	var gen func(int)
	gen = func(k int) {
		if k == len(a) {
			res = append(res, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			gen(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	gen(0)
	return res
}

func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func powerSet[T any](s []T) [][]T {
	res := [][]T{{}}
	for _, e := range s {
		n := len(res)
		for i := 0; i < n; i++ {
			sub := append(append([]T{}, res[i]...), e)
			res = append(res, sub)
		}
	}
	return res
}

var romanTable = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.v {
			sb.WriteString(e.s)
			n -= e.v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func lookAndSay(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, s[i])
		i = j
	}
	return sb.String()
}

func combinations(n, k int) [][]int {
	var res [][]int
	var cur []int
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for i := start; i < n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(0)
	return res
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	a := []int{1, 2, 2, 3}
	count := 1
	var all []string
	all = append(all, fmt.Sprint(a))
	for nextPerm(a) {
		count++
		all = append(all, fmt.Sprint(a))
	}
	fmt.Println(count, all[:4], all[len(all)-1])
	sets := powerSet([]string{"a", "b", "c"})
	strs := make([]string, len(sets))
	for i, s := range sets {
		strs[i] = "{" + strings.Join(s, ",") + "}"
	}
	sort.Strings(strs)
	fmt.Println(len(sets), strs)
	fmt.Println(len(powerSet([]int{1, 2, 3, 4, 5})), powerSet([]int{}))
	for _, n := range []int{1990, 2008, 1666, 3999, 4, 14, 944} {
		r := toRoman(n)
		fmt.Println(n, r, fromRoman(r))
	}
	s := "1"
	for i := 0; i < 10; i++ {
		fmt.Println(s)
		s = lookAndSay(s)
	}
	fmt.Println(len(combinations(5, 3)), combinations(4, 2))
}
