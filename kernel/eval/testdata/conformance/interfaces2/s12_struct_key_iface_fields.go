package main

// Maps keyed by structs and arrays whose fields hold values of types of
// the program in interfaces (any, an interface with methods): equal keys
// made apart are one key for index, assignment, ++, delete, literals and
// generic code; a value of an uncomparable type panics as Go does.

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type UserID int

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Key struct {
	Kind string
	ID   any
}

type ShapeKey struct {
	S    Shape
	Note string
}

type Outer struct {
	In  Key
	Tag [2]any
}

func count[K comparable](m map[K]int, k K) int { m[k]++; return m[k] }

func main() {
	m := map[Key]int{{"pt", Point{1, 2}}: 1}
	m[Key{"pt", Point{1, 2}}] += 10
	m[Key{"u", UserID(3)}]++
	m[Key{"u", UserID(3)}]++
	fmt.Println(len(m), m[Key{"pt", Point{1, 2}}], m[Key{"u", UserID(3)}])
	_, plain := m[Key{"u", 3}]
	fmt.Println(plain)
	delete(m, Key{"u", UserID(3)})
	fmt.Println(len(m))
	for k, v := range m {
		fmt.Printf("%s %T %v %d\n", k.Kind, k.ID, k.ID, v)
		p := k.ID.(Point)
		fmt.Println(p.X + p.Y)
	}
	fmt.Println(m)

	sm := map[ShapeKey]string{}
	sm[ShapeKey{Sq(2), "a"}] = "sq"
	sm[ShapeKey{Rect{1, 4}, "a"}] = "rect"
	sm[ShapeKey{Sq(2), "a"}] = "sq again"
	fmt.Println(len(sm), sm[ShapeKey{Sq(2), "a"}], sm[ShapeKey{Rect{1, 4}, "a"}])
	var areas []int
	for k := range sm {
		areas = append(areas, k.S.Area())
	}
	sort.Ints(areas)
	fmt.Println(areas)

	am := map[[2]any]bool{}
	am[[2]any{Point{0, 1}, UserID(1)}] = true
	fmt.Println(am[[2]any{Point{0, 1}, UserID(1)}], am[[2]any{Point{0, 1}, 1}], len(am))

	om := map[Outer]int{}
	o := Outer{Key{"x", Point{5, 5}}, [2]any{Sq(1), "s"}}
	om[o] = 1
	om[Outer{Key{"x", Point{5, 5}}, [2]any{Sq(1), "s"}}] = 2
	fmt.Println(len(om), om[o])

	cm := map[Key]int{}
	fmt.Println(count(cm, Key{"g", Point{}}), count(cm, Key{"g", Point{}}), len(cm))

	lit := map[Key]string{
		{"a", UserID(1)}:   "one",
		{"b", Point{2, 2}}: "pt",
	}
	fmt.Println(lit[Key{"a", UserID(1)}], lit[Key{"b", Point{2, 2}}], len(lit))

	defer func() { fmt.Println("recovered:", recover()) }()
	bad := map[Key]int{}
	bad[Key{"s", []int{1}}] = 1
}
