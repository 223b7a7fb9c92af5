package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1}, &a == &b)
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 2}: "x"}
	fmt.Println(grid[[2]int{1, 2}], grid[[2]int{5, 5}] == "")
	counts := map[Key]int{}
	counts[Key{"a", Point{1, 1}}]++
	counts[Key{"a", Point{1, 1}}]++
	counts[Key{"b", Point{}}]++
	keys := make([]Key, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Name < keys[j].Name })
	for _, k := range keys {
		fmt.Printf("%+v %d\n", k, counts[k])
	}
	type anon = struct{ A, B string }
	m := map[anon]int{{"x", "y"}: 1}
	fmt.Println(m[anon{"x", "y"}], m[struct{ A, B string }{"x", "y"}])
	arr1 := [3]string{"a", "b"}
	arr2 := [...]string{"a", "b", ""}
	fmt.Println(arr1 == arr2, len(arr2))
	var i1, i2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2, i1 == any(Key{}))
	mi := map[any]int{1: 1, "1": 2, Point{}: 3, [2]int{}: 4}
	fmt.Println(mi[1], mi["1"], mi[Point{}], mi[[2]int{0, 0}], len(mi))
	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2)
}
