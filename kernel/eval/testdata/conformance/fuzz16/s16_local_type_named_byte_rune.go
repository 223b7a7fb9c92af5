// A type defined in a block may take the name of a predeclared type:
// inside the block the name is the new type, after it the predeclared
// one again. The notebook took the predeclared type for the new type's
// definition: `type byte int` was uint8 (var b byte = 300 was refused as
// overflowing), and `type rune struct{ r int32 }` turned the predeclared
// rune itself into that struct for the rest of the session (rune{6}.r was
// an undefined selector, rune(65) after the block could not convert).
package main

import "fmt"

func main() {
	{
		type byte int
		var b byte = 300
		fmt.Printf("%v %T\n", b, b)
	}
	{
		type rune struct{ r int32 }
		y := rune{6}
		fmt.Printf("%v %T %d\n", y, y, y.r)
	}
	{
		type uint16 int8
		type complex64 struct{ re, im float32 }
		var u uint16 = -100
		c := complex64{1, 2}
		fmt.Printf("%v %T %v %T\n", u, u, c, c.re)
	}
	var b byte = 200
	r := rune(65)
	fmt.Printf("%v %T %s %T %T\n", b, b, string(r), r, complex64(1))
}
