package main

import "fmt"

type Celsius = float64
type Kelvin float64

func (k Kelvin) String() string { return fmt.Sprintf("%.1fK", float64(k)) }

type IntList = []int
type Pair[T any] struct{ A, B T }
type IntPair = Pair[int]

func main() {
	var c Celsius = 21.5
	var f float64 = c
	fmt.Printf("%T %v\n", c, f)
	k := Kelvin(300)
	fmt.Println(k, float64(k))
	fmt.Printf("%T %v\n", k, k)
	var l IntList = []int{1, 2}
	fmt.Printf("%T %v\n", l, l)
	p := IntPair{1, 2}
	fmt.Printf("%T %v\n", p, p)
}
