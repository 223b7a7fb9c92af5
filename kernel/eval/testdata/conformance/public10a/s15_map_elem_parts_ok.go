package main

import "fmt"

type Point struct{ X, Y int }

type Boxed struct{ *Point }

type Pair struct{ A, B [2]int }

func main() {
	// The element of a map is not addressable, but what it points to is.
	mp := map[string]*Point{"a": {1, 2}}
	mp["a"].X = 10
	mp["a"].Y++
	fmt.Println(*mp["a"])
	mb := map[string]Boxed{"b": {&Point{3, 4}}}
	mb["b"].X = 30 // promoted through the embedded pointer
	mb["b"].Point.Y += 10
	fmt.Println(*mb["b"].Point)
	ms := map[string][]int{"s": {1, 2}}
	ms["s"][1] = 20
	fmt.Println(ms)
	mm := map[string]map[string]Point{"o": {"i": {5, 6}}}
	p := mm["o"]["i"]
	p.X = 50
	mm["o"]["i"] = p
	fmt.Println(mm)
	// A whole element is replaced, not changed in place.
	mpair := map[int]Pair{}
	pair := mpair[1]
	pair.A[0] = 7
	mpair[1] = pair
	fmt.Println(mpair)
	arr := [2]Point{}
	arr[1].Y = 9
	sp := []Pair{{}}
	sp[0].B[1] = 3
	fmt.Println(arr, sp)
}
