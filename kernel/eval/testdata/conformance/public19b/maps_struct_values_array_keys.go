package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Cell [2]int

type Account struct {
	Owner   string
	Balance float64
	History []float64
}

type Key struct {
	Name string
	Tags [2]string
}

func main() {
	accts := map[string]Account{
		"a": {"ann", 10, nil},
		"b": {"bob", 20, []float64{1}},
	}
	a := accts["a"]
	a.Balance += 5
	accts["a"] = a
	b := accts["b"]
	b.History = append(b.History, 2)
	fmt.Println(accts["a"].Balance, accts["b"].History, b.History)
	accts["b"].History[0] = 99
	fmt.Println(accts["b"].History)
	missing := accts["zzz"]
	fmt.Printf("%+v %v\n", missing, missing.History == nil)
	ptrs := map[string]*Account{"c": {Owner: "cy"}}
	ptrs["c"].Balance = 7
	fmt.Println(*ptrs["c"])
	grid := map[Cell]string{{0, 0}: "origin", {1, 2}: "p"}
	grid[Cell{3, 3}] = "q"
	c := Cell{1, 2}
	fmt.Println(grid[c], len(grid), grid[[2]int{0, 0}])
	c[0] = 0
	c[1] = 0
	fmt.Println(grid[c])
	visited := map[Point]bool{}
	moves := []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}, {0, 1}}
	pos := Point{}
	for _, m := range moves {
		pos = Point{pos.X + m.X, pos.Y + m.Y}
		visited[pos] = true
	}
	fmt.Println(len(visited), visited[Point{0, 1}], visited[Point{5, 5}])
	keys := make([]Point, 0)
	for k := range visited {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	fmt.Println(keys)
	fmt.Println(visited)
	km := map[Key]int{}
	km[Key{"x", [2]string{"a", "b"}}]++
	km[Key{"x", [2]string{"a", "b"}}]++
	km[Key{"x", [2]string{"b", "a"}}]++
	fmt.Println(km)
	im := map[any]string{1: "int", "1": "string", Point{1, 1}: "point", [1]int{1}: "array", 1.0: "float"}
	fmt.Println(im[1], im["1"], im[Point{1, 1}], im[[1]int{1}], im[1.0], len(im))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		im[[]int{1}] = "slice"
	}()
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("z", "w")
	fmt.Println(nested, len(nested["none"]))
	delete(nested, "x")
	delete(nested, "nope")
	fmt.Println(nested)
	clear(counts)
	fmt.Println(len(counts), counts)
	var nm map[string]int
	fmt.Println(nm["a"], len(nm), nm == nil)
	for k, v := range nm {
		fmt.Println(k, v)
	}
	delete(nm, "a")
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, &p1 == &p2, [2]Point{p1} == [2]Point{p2})
	type S struct {
		P *Point
		A [2]int
	}
	s1, s2 := S{&p1, [2]int{1}}, S{&p1, [2]int{1}}
	s3 := S{&p2, [2]int{1}}
	fmt.Println(s1 == s2, s1 == s3)
	sets := map[[3]bool]int{}
	for i := range 8 {
		sets[[3]bool{i&1 == 1, i&2 == 2, i&4 == 4}] = i
	}
	fmt.Println(sets[[3]bool{true, false, true}], len(sets))
	fmt.Println(sets)
}
