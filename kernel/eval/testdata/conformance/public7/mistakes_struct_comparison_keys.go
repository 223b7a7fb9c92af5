package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct{ X, Y int }
type Named struct {
	Name string
	P    Point
	Tags [2]string
}

type WithSlice struct {
	Name  string
	Items []int
}

type Key struct {
	A any
	B string
}

func main() {
	a := Named{"a", Point{1, 2}, [2]string{"x", "y"}}
	b := a
	fmt.Println(a == b)
	b.Tags[1] = "z"
	fmt.Println(a == b, a.P == b.P)
	counts := map[Named]int{}
	counts[a]++
	counts[b]++
	counts[Named{"a", Point{1, 2}, [2]string{"x", "y"}}]++
	fmt.Println(len(counts), counts[a])

	w1 := WithSlice{"w", []int{1}}
	w2 := WithSlice{"w", []int{1}}
	fmt.Println(reflect.DeepEqual(w1, w2))

	m := map[Key]int{}
	m[Key{1, "x"}] = 1
	m[Key{"1", "x"}] = 2
	m[Key{1, "x"}] += 10
	fmt.Println(len(m), m[Key{1, "x"}], m[Key{"1", "x"}])

	var e1, e2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(e1 == e2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s1, s2 any = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == Point{1, 2}, Point(anon))

	pts := []Point{{3, 1}, {1, 2}, {1, 1}, {2, 5}}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Println(pts)
	pp1, pp2 := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
}
