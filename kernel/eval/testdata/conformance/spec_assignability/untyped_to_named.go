package main

import "fmt"

type Score float64
type Flag bool
type Label string

func main() {
	var s Score = 3 // untyped int constant to a float type
	var f Flag = 1 < 2
	var l Label = "x" + "y"
	fmt.Printf("%v %T, %v %T, %v %T\n", s, s, f, f, l, l)
	s = s * 2.5
	fmt.Println(s)
	cmp := 3 > 2 // a variable of the default type bool
	f2 := Flag(cmp)
	var f3 Flag = 3 > 2 && f // a comparison is untyped
	fmt.Println(f2, f3)
	var r rune = 'x'
	var b byte = 'y'
	fmt.Println(r, b)
}
