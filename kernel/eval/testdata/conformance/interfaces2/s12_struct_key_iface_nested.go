package main

// Map keys of struct types holding pointers, nested structs and nil
// interfaces in interface fields; a notebook slice type there panics.

import "fmt"

type Point struct{ X, Y int }

type IDs []int

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Inner struct{ V any }

type Key struct {
	Kind string
	ID   any
}

type SK struct{ S Shape }

func main() {
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	pm := map[Key]int{}
	pm[Key{"p", p1}] = 1
	pm[Key{"p", p2}] = 2
	pm[Key{"p", p1}] += 10
	fmt.Println(len(pm), pm[Key{"p", p1}], pm[Key{"p", p2}])

	nm := map[Key]int{}
	nm[Key{"in", Inner{Point{3, 4}}}] = 1
	nm[Key{"in", Inner{Point{3, 4}}}]++
	nm[Key{"in", Inner{Sq(3)}}] = 5
	fmt.Println(len(nm), nm[Key{"in", Inner{Point{3, 4}}}], nm[Key{"in", Inner{Sq(3)}}])

	sk := map[SK]int{}
	sk[SK{}] = 1
	sk[SK{nil}]++
	sk[SK{Sq(0)}] = 7
	fmt.Println(len(sk), sk[SK{}], sk[SK{Sq(0)}])

	var k Key
	k.Kind = "late"
	k.ID = Point{9, 9}
	seen := map[Key]bool{k: true}
	k2 := Key{Kind: "late"}
	k2.ID = Point{9, 9}
	fmt.Println(seen[k2], k == k2)

	type local struct{ A, B any }
	lm := map[local]string{{Point{}, Sq(1)}: "x"}
	fmt.Println(lm[local{Point{}, Sq(1)}], lm[local{Sq(1), Point{}}] == "")

	defer func() { fmt.Println("recovered:", recover()) }()
	bad := map[Key]int{}
	bad[Key{"s", IDs{1}}] = 1
}
