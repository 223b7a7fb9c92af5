package main

import "fmt"

const Huge = 1 << 100
const Big = Huge >> 98
const F = 1e400 / 1e390
const Third = 1.0 / 3

func main() {
	fmt.Println(Big, F, Huge/(1<<90))
	fmt.Println(Third*3 == 1, float32(Third))
	const x = Huge * Huge / (Huge * Huge)
	fmt.Println(x)
	var f float64 = Huge
	fmt.Println(f)
	fmt.Printf("%T %T %T\n", Big, F, 'a'+1)
}
