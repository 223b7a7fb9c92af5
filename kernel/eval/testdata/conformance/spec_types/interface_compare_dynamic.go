package main

import "fmt"

type Celsius float64
type Kelvin float64
type Key struct{ a, b int }

func main() {
	var a any = Celsius(1)
	var b any = Kelvin(1)
	var c any = 1.0
	var d any = Celsius(1)
	fmt.Println(a == b, a == c, a == d, a == Celsius(1), a == 1.0)
	var k1 any = Key{1, 2}
	var k2 any = Key{1, 2}
	fmt.Println(k1 == k2, k1 != Key{2, 1})
	var i1 any = 1
	var i2 any = int64(1)
	fmt.Println(i1 == i2, i1 == 1)
}
