// A type defined in a block may take the name of a predeclared type:
// inside the block the name is the new type. The notebook keeps the
// predeclared type in some places: `type byte int` then `var b byte =
// 300` is refused as overflowing uint8, and `type rune struct{ r int32 }`
// then `rune{6}.r` is an undefined selector. (An alias, type int =
// string, works.)
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
	var b byte = 200
	fmt.Printf("%v %T %s\n", b, b, string(rune(65)))
}
