package main

import "fmt"

type Temp float32

func main() {
	const a float32 = 1.0 / 3
	const b float32 = 0.5 / 3
	const c float64 = 1.0 / 3
	const d float32 = 1 / 3.0
	fmt.Println(float64(a), float64(b), float32(c), float64(d))
	fmt.Printf("%v %T\n", a, a)
	var y = float64(a)
	var x float32 = 1.0 / 3
	fmt.Println(y, float64(a)*3, a*3, x)
	const f float32 = 0.1
	fmt.Println(f, float64(f), Temp(c), float64(Temp(c)))
	const big = 1 << 40
	fmt.Println(float32(big), int64(float64(big)), complex128(a))
}
