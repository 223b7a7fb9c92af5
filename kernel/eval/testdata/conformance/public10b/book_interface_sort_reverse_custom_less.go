package main

import (
	"fmt"
	"sort"
	"strings"
)

type StringSlice []string

func (p StringSlice) Len() int           { return len(p) }
func (p StringSlice) Less(i, j int) bool { return p[i] < p[j] }
func (p StringSlice) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

type byLen struct{ StringSlice }

func (b byLen) Less(i, j int) bool {
	if len(b.StringSlice[i]) != len(b.StringSlice[j]) {
		return len(b.StringSlice[i]) < len(b.StringSlice[j])
	}
	return b.StringSlice.Less(i, j)
}

type caseless struct {
	sort.Interface
	s []string
}

func (c caseless) Less(i, j int) bool { return strings.ToLower(c.s[i]) < strings.ToLower(c.s[j]) }

func isPalindrome(s sort.Interface) bool {
	for i, j := 0, s.Len()-1; i < j; i, j = i+1, j-1 {
		if s.Less(i, j) || s.Less(j, i) {
			return false
		}
	}
	return true
}

func main() {
	names := StringSlice{"banana", "Apple", "fig", "cherry", "date", "apple", "Fig"}
	sort.Sort(names)
	fmt.Println(names)
	sort.Sort(byLen{names})
	fmt.Println(names)
	sort.Sort(sort.Reverse(byLen{names}))
	fmt.Println(names)
	sort.Stable(caseless{names, names})
	fmt.Println(names)
	fmt.Println(isPalindrome(sort.IntSlice{1, 2, 3, 2, 1}), isPalindrome(sort.IntSlice{1, 2}), isPalindrome(StringSlice{"a", "b", "a"}))
	var x sort.Interface = byLen{names}
	_, ok := x.(StringSlice)
	bl, ok2 := x.(byLen)
	fmt.Println(ok, ok2, bl.Len())
}
