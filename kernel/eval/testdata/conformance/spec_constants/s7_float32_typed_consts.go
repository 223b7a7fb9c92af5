package main

import "fmt"

const a float32 = 1.0 / 3
const b float32 = 0.1
const d = b * 3

func main() {
	var x float32 = 1.0 / 3
	fmt.Println(a == x, x == a, a != x)
	var y float32 = 0.1
	fmt.Println(b == y, float64(b), d, float64(d))
	const e float64 = 1.0 / 3
	fmt.Println(e, float32(e) == x)
	fmt.Printf("%T %v\n", a, a)
}
