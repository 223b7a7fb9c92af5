package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Counter map[string]int

func (c Counter) Add(words ...string) Counter {
	for _, w := range words {
		c[strings.ToLower(w)]++
	}
	return c
}

func (c Counter) Top(n int) []string {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b string) int {
		if c[a] != c[b] {
			return c[b] - c[a]
		}
		return strings.Compare(a, b)
	})
	return keys[:min(n, len(keys))]
}

func (c Counter) Merge(o Counter) Counter {
	out := maps.Clone(c)
	if out == nil {
		out = Counter{}
	}
	for k, v := range o {
		out[k] += v
	}
	return out
}

type Index map[rune][]string

func main() {
	a := Counter{}.Add(strings.Fields("the cat and the hat and THE bat")...)
	b := Counter{"cat": 5, "dog": 1}
	fmt.Println(a.Top(3), len(a))
	m := a.Merge(b)
	fmt.Println(m.Top(2), m["cat"], a["cat"])
	var nilc Counter
	fmt.Println(nilc.Merge(b), len(nilc))
	idx := Index{}
	for w := range maps.Keys(m) {
		r := rune(w[0])
		idx[r] = append(idx[r], w)
	}
	for _, r := range slices.Sorted(maps.Keys(idx)) {
		slices.Sort(idx[r])
		fmt.Print(string(r), idx[r], " ")
	}
	fmt.Println()
	total := 0
	for _, v := range maps.All(m) {
		total += v
	}
	fmt.Println(total, slices.Max(slices.Collect(maps.Values(m))))
	copyInto := Counter{"zzz": 1}
	maps.Copy(copyInto, b)
	fmt.Println(copyInto)
}
