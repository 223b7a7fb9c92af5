package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Key struct {
	Name string
	Pos  [2]Point
}

type Sh interface{ Name() string }
type Sq struct{ s int }
type Ci struct{ r int }

func (q Sq) Name() string { return fmt.Sprint("sq", q.s) }
func (c Ci) Name() string { return fmt.Sprint("ci", c.r) }

func main() {
	m := map[Key]int{}
	m[Key{"a", [2]Point{{1, 2}, {3, 4}}}]++
	m[Key{"a", [2]Point{{1, 2}, {3, 4}}}]++
	m[Key{"b", [2]Point{}}]++
	fmt.Println(len(m), m[Key{"a", [2]Point{{1, 2}, {3, 4}}}])
	im := map[Sh]string{Sq{1}: "one", Ci{1}: "circle", Sq{2}: "two"}
	fmt.Println(im[Sq{1}], im[Ci{1}], im[Sq{3}] == "", len(im))
	names := []string{}
	for k := range im {
		names = append(names, k.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	am := map[any]int{1: 1, "1": 2, Point{1, 1}: 3, [1]int{1}: 4, true: 5}
	fmt.Println(am[1], am["1"], am[Point{1, 1}], am[[1]int{1}], am[true], am[int64(1)])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		am[[]int{1}] = 9
	}()
	pm := map[*Point]string{}
	p1, p2 := &Point{}, &Point{}
	pm[p1], pm[p2] = "p1", "p2"
	fmt.Println(len(pm), pm[p1])
	cm := map[chan int]bool{}
	c := make(chan int)
	cm[c] = true
	fmt.Println(cm[c], cm[make(chan int)])
}
