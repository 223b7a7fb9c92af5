package main

import "fmt"

type Celsius float64

func main() {
	var a any = 1
	var b any = 1.5
	var c any = 'x'
	var d any = "s"
	var e any = 2i
	var f any = true
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	var t Celsius = 3
	var g any = t + 1
	fmt.Printf("%T %v\n", g, g)
	fmt.Println(a == 1, b == 1.5, c == 'x', g == Celsius(4))
}
