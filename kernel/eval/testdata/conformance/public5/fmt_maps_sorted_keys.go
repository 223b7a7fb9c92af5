package main

import (
	"fmt"
	"math"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Key struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "neg", 10: "ten", 0: "zero"})
	fmt.Println(map[string]bool{"b": true, "B": false, "a": true, "": false})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, 0: 4})
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[Color]int{Blue: 3, Red: 1, Green: 2})
	fmt.Printf("%v %d\n", map[Color]Color{Blue: Red, Red: Green}, map[Color]Color{Blue: Red, Red: Green})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Printf("%q\n", map[rune]string{'b': "2", 'a': "1"})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6})
	fmt.Println(map[*int]int{nil: 1})
	fmt.Printf("%x %X\n", map[string]int{"k": 255}, map[int]string{16: "hi"})
	fmt.Printf("%6.2f\n", map[string]float64{"pi": math.Pi, "e": math.E})
	fmt.Printf("%+v\n", map[string]Key{"z": {"q", 1}, "m": {}})
	fmt.Printf("%#v\n", map[Key]bool{{"x", 1}: true})
	fmt.Println(map[int][]int{2: {2}, 1: nil})
	fmt.Println(map[uint8]int8{255: -128, 0: 127})
}
