package main

import "fmt"

// append of one element in loops, for slices of ints, strings, float64s
// and bytes: capacities, shared backing arrays, nil slices, named slice
// types, fields, map values and elements of slices.

type IDs []int

type bag struct{ items []string }

func main() {
	var s []int
	caps := []int{}
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		// Small capacities depend on the compiler's escape analysis (a
		// stack buffer for a slice that does not escape): from 64 on.
		if cap(s) >= 64 && (len(caps) == 0 || cap(s) != caps[len(caps)-1]) {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println(len(s), s[1999], caps)

	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), len(b), cap(b))
	full := []int{1, 2, 3}
	d := append(full, 4)
	d[0] = 100
	fmt.Println(full, d)

	var words []string
	for _, w := range []string{"a", "bb", "ccc"} {
		words = append(words, w+w)
	}
	fmt.Println(words, len(words))

	var fs []float64
	x := 0.5
	for i := 0; i < 10; i++ {
		fs = append(fs, x*float64(i))
	}
	fmt.Println(fs)

	var bs []byte
	for i := 0; i < 26; i++ {
		bs = append(bs, 'a'+byte(i))
	}
	bs = append(bs, "!"...)
	fmt.Println(string(bs), len(bs))

	var ids IDs
	for i := 0; i < 5; i++ {
		ids = append(ids, i*i)
	}
	fmt.Printf("%T %v\n", ids, ids)

	var bg bag
	for i := 0; i < 4; i++ {
		bg.items = append(bg.items, fmt.Sprint(i))
	}
	m := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := []string{"even", "odd"}[i%2]
		m[k] = append(m[k], i)
	}
	grid := make([][]int, 3)
	for i := 0; i < 9; i++ {
		grid[i%3] = append(grid[i%3], i)
	}
	fmt.Println(bg.items, m["even"], m["odd"], grid)

	var rs []rune
	for _, r := range "héllo" {
		rs = append(rs, r)
	}
	var anys []any
	anys = append(anys, 1)
	anys = append(anys, "two")
	fmt.Println(string(rs), anys, len(anys))

	// Appending while an alias keeps the old slice.
	base := make([]int, 0, 4)
	var keep [][]int
	for i := 0; i < 6; i++ {
		base = append(base, i)
		keep = append(keep, base)
	}
	fmt.Println(keep)
}
