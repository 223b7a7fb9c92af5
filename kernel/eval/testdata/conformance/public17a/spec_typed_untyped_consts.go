package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Four int8 = Huge >> 98

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	fmt.Println(Four, Huge>>99)
	const x = 'a' + 1
	fmt.Printf("%T %v\n", x, x)
	var f float32 = math.Pi
	fmt.Println(f, math.Pi)
	const c = 1.0 << 3
	fmt.Printf("%T %v\n", c, c)
	var s uint = 3
	var i = 1 << s
	var j int32 = 1 << s
	fmt.Printf("%T %v %T %v\n", i, i, j, j)
	fmt.Println(Tuesday-Monday, Weekday(7)%7 == Sunday)
	const big = math.MaxUint64
	fmt.Println(uint64(big), big/1e19)
}
