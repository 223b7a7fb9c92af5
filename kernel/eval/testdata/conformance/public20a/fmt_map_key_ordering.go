package main

import (
	"fmt"
	"math"
)

type Pt struct{ X, Y int }
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 10: "d", 0: "b"})
	fmt.Println(map[string]int{"b": 2, "B": 3, "a": 1, "": 0, "ä": 4})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, -0.5: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Pt]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"})
	fmt.Println(map[[2]int]bool{{1, 2}: true, {0, 9}: false})
	fmt.Println(map[Color]int{Blue: 3, Red: 1, Green: 2})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4, Pt{1, 1}: 5, -3: 6, "a": 7})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Printf("%v %d %x\n", map[uint8]int{200: 1, 7: 2}, map[string]int{"z": 26, "y": 25}, map[string]string{"k": "v"})
	fmt.Printf("%#v\n", map[string]Pt{"q": {1, 2}, "p": {3, 4}})
	fmt.Printf("%+v\n", map[Pt][]Color{{0, 0}: {Red, Blue}})
	type nested map[string]map[int]bool
	fmt.Println(nested{"x": {2: true, 1: false}, "a": nil})
	var nilMap map[string]int
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, len(nilMap))
	pm := map[*int]int{}
	fmt.Println(len(pm), pm)
	cm := map[complex128]string{1 + 2i: "b", 1 + 1i: "a", 0: "z"}
	fmt.Println(cm)
}
