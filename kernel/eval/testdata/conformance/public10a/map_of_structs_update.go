package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	// m["a"].X = 5 does not compile: map elements are not addressable.
	p := m["a"]
	p.X = 5
	m["a"] = p
	fmt.Println(m["a"])

	mp := map[string]*Point{"a": {1, 2}}
	mp["a"].X = 7
	fmt.Println(*mp["a"])

	ms := map[string][]int{"s": {1, 2}}
	ms["s"][0] = 9 // the slice's elements are addressable
	fmt.Println(ms["s"])

	ma := map[string][2]int{"a": {1, 2}}
	arr := ma["a"]
	arr[0] = 3
	fmt.Println(ma["a"], arr)

	mm := map[string]map[string]int{"o": {}}
	mm["o"]["i"]++
	fmt.Println(mm["o"]["i"])
	cnt := map[Point]int{}
	cnt[Point{1, 1}]++
	cnt[Point{1, 1}] += 2
	fmt.Println(cnt[Point{1, 1}])
}
