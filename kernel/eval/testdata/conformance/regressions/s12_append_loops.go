// append(s, e) in loops (s12-wrap: a fast step for slices of ints,
// strings, float64s and bytes): constants and variables appended, nil and
// preallocated slices, a slice shared by two variables, an element of the
// slice itself appended, appends into globals, fields, map entries and
// closures' variables, and named element and slice types (not fast).

package main

import (
	"fmt"
	"strings"
)

type IDs []int

type Celsius float64

type bag struct{ items []string }

var global []int

func squares(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func main() {
	fmt.Println(squares(6), len(squares(0)), squares(0) == nil)
	pre := make([]int, 0, 2)
	a := pre
	for i := 0; i < 4; i++ {
		a = append(a, 10+i)
	}
	fmt.Println(a, len(pre), cap(pre) >= 2)
	b := append(pre, 99) // shares pre's array
	c := append(pre, 77)
	fmt.Println(b, c)
	var bs []byte
	for i := 0; i < 5; i++ {
		bs = append(bs, 'a'+byte(i))
		bs = append(bs, '-')
	}
	fmt.Println(string(bs))
	var fs []float64
	for i := 0; i < 4; i++ {
		fs = append(fs, 1)
		fs = append(fs, float64(i)/2)
	}
	fmt.Println(fs)
	var ss []string
	for _, w := range strings.Fields("the quick brown fox") {
		ss = append(ss, w)
		ss = append(ss, "|")
	}
	fmt.Println(strings.Join(ss, ""))
	self := []int{1}
	for i := 0; i < 5; i++ {
		self = append(self, self[len(self)-1]*2)
	}
	fmt.Println(self)
	for i := 0; i < 3; i++ {
		global = append(global, i)
	}
	fmt.Println(global)
	bg := &bag{}
	for i := 0; i < 3; i++ {
		bg.items = append(bg.items, fmt.Sprint("item", i))
	}
	fmt.Println(bg.items)
	m := map[string][]int{}
	for i := 0; i < 6; i++ {
		k := []string{"even", "odd"}[i%2]
		m[k] = append(m[k], i)
	}
	fmt.Println(m["even"], m["odd"])
	var acc []int
	add := func(x int) { acc = append(acc, x) }
	for i := range 4 {
		add(i * 3)
	}
	fmt.Println(acc)
	var ids IDs
	var temps []Celsius
	for i := 0; i < 3; i++ {
		ids = append(ids, i)
		temps = append(temps, Celsius(i)+0.5)
	}
	fmt.Printf("%v %T %v %T\n", ids, ids, temps, temps)
	grid := make([][]int, 3)
	for i := range grid {
		for j := 0; j < 3; j++ {
			grid[i] = append(grid[i], i*j)
		}
	}
	fmt.Println(grid)
	big := []int{}
	for i := 0; i < 100000; i++ {
		big = append(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
}
