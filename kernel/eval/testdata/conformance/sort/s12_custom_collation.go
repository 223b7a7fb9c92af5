package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Natural orders strings with embedded numbers by their value.
type Natural []string

func (n Natural) Len() int      { return len(n) }
func (n Natural) Swap(i, j int) { n[i], n[j] = n[j], n[i] }
func (n Natural) Less(i, j int) bool {
	a, b := n[i], n[j]
	for a != "" && b != "" {
		da, db := unicode.IsDigit(rune(a[0])), unicode.IsDigit(rune(b[0]))
		if da && db {
			ea := strings.IndexFunc(a, func(r rune) bool { return !unicode.IsDigit(r) })
			eb := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsDigit(r) })
			if ea < 0 {
				ea = len(a)
			}
			if eb < 0 {
				eb = len(b)
			}
			x, _ := strconv.Atoi(a[:ea])
			y, _ := strconv.Atoi(b[:eb])
			if x != y {
				return x < y
			}
			a, b = a[ea:], b[eb:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

type CaseInsensitive []string

func (c CaseInsensitive) Len() int           { return len(c) }
func (c CaseInsensitive) Less(i, j int) bool { return strings.ToLower(c[i]) < strings.ToLower(c[j]) }
func (c CaseInsensitive) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

func main() {
	files := Natural{"file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3b.txt", "file3a.txt"}
	sort.Sort(files)
	fmt.Println(files)
	words := CaseInsensitive{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Stable(words)
	fmt.Println(words)
	plain := sort.StringSlice(words)
	plain.Sort()
	fmt.Println(plain, plain.Search("Banana"), sort.SearchStrings(plain, "zzz"))
	fl := sort.Float64Slice{2.5, -1, 3}
	sort.Sort(sort.Reverse(fl))
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	is := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is, sort.SearchInts([]int{1, 3, 5}, 4))
}
