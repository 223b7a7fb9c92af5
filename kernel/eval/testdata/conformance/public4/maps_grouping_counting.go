package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name, Dept string
	Salary     int
}

func main() {
	emps := []Employee{{"a", "eng", 100}, {"b", "ops", 80}, {"c", "eng", 120}, {"d", "hr", 70}, {"e", "ops", 90}}
	byDept := map[string][]Employee{}
	total := map[string]int{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		total[e.Dept] += e.Salary
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-4s %v avg=%d\n", d, names, total[d]/len(byDept[d]))
	}
	fmt.Println(total)
	text := "the cat and the hat and the bat"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var wcs []wc
	for w, c := range freq {
		wcs = append(wcs, wc{w, c})
	}
	slices.SortFunc(wcs, func(a, b wc) int {
		if a.c != b.c {
			return b.c - a.c
		}
		return strings.Compare(a.w, b.w)
	})
	fmt.Println(wcs)
	set := map[rune]struct{}{}
	for _, r := range "mississippi" {
		set[r] = struct{}{}
	}
	fmt.Println(len(set))
	m2 := maps.Clone(total)
	delete(m2, "hr")
	fmt.Println(maps.Equal(total, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 200 })
	fmt.Println(m2)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested)
	v, ok := nested["q"]["r"]
	fmt.Println(v, ok)
	clear(nested)
	fmt.Println(len(nested))
}
