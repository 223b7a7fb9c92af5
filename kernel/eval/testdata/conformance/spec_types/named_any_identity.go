package main

import "fmt"

type Celsius float64
type Names []string
type Point struct{ X, Y int }

func main() {
	var a any = Celsius(1.5)
	var b any = Names{"x"}
	var c any = Point{1, 2}
	var d any = &Point{3, 4}
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	_, isF := a.(float64)
	_, isC := a.(Celsius)
	_, isS := b.([]string)
	_, isN := b.(Names)
	fmt.Println(isF, isC, isS, isN)
	p := d.(*Point)
	fmt.Println(p.X + p.Y)
}
