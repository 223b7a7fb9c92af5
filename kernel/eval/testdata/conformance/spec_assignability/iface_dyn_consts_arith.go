package main

import "fmt"

type Celsius float64
type Code int
type Mask uint8
type Name string

const Boiling Celsius = 100
const Zero = Code(0)

func half(c Celsius) any { return c / 2 }

func main() {
	var a any = Boiling
	var b any = Zero
	var d any = Celsius(1)
	var e any = 1.0
	var f any = Code(1) + 2
	fmt.Printf("%T %T %T %T %T\n", a, b, d, e, f)
	fmt.Println(a == Boiling, a == 100.0, d == e, f == 3, f == Code(3))
	t := Celsius(3)
	var g any = t + 1
	var h any
	h = t * 2
	var i any = -t
	var j any = Mask(1) << 3
	var k any = ^Mask(1)
	var l any = Name("a") + "b"
	var m any = (t - 1)
	fmt.Printf("%T %v|%T %v|%T %v|%T %v|%T %v|%T %v|%T %v\n", g, g, h, h, i, i, j, j, k, k, l, l, m, m)
	x := []any{t + 1, Code(2) * 3, 1 + 2, Name("x") + "y"}
	for _, v := range x {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	fmt.Printf("%T %v\n", half(9), half(9))
	fmt.Println(any(Code(3)) == any(3), any(Code(3)) == any(Code(3)), any(t+1) == any(Celsius(4)))
	var cmp any = t > 2
	fmt.Printf("%T %v\n", cmp, cmp)
}
