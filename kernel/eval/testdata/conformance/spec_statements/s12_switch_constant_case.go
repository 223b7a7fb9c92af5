package main

// A switch without a tag runs the first case whose expression is true; a
// case expression that is a constant (1 != 1, len("ab") == 3, a
// comparison of constants) is tested as any other, and skipped when false.

import (
	"fmt"
	"unsafe"
)

const (
	verbose = false
	level   = 2
)

type header struct {
	magic   uint32
	version uint16
}

func describe(x int) string {
	switch {
	case level > 3:
		return "high level"
	case x < 0, len("ab") == 3:
		return "negative"
	case x == 0, 2*level == 4 && x > 100:
		return "zero or big"
	case unsafe.Sizeof(header{}) != 8:
		return "odd header"
	}
	return fmt.Sprint("plain ", x)
}

func main() {
	for _, x := range []int{-1, 0, 7, 200} {
		fmt.Println(x, describe(x))
	}
	switch {
	case verbose:
		fmt.Println("verbose")
	case level == 2 && !verbose:
		fmt.Println("level two")
	}
	switch {
	case 1 != 1:
		fmt.Println("never")
	}
	switch n := 3; {
	case n > 5, "a" > "b":
		fmt.Println("wrong")
	case n == 3:
		fmt.Println("three")
		fallthrough
	case 1 > 2:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}
}
