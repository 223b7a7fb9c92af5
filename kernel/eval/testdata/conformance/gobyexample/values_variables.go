package main

import (
	"fmt"
	"math"
)

const greeting string = "go" + "lang"

func main() {
	fmt.Println(greeting, 1+1, 7.0/3.0)
	fmt.Println(true && false, true || false, !true)
	var a = "initial"
	var b, c int = 1, 2
	var d = true
	var e int
	f := "apple"
	fmt.Println(a, b, c, d, e, f)
	const n = 500000000
	const dd = 3e20 / n
	fmt.Println(dd, int64(dd), math.Sin(n))
	fmt.Printf("%.4f %T\n", math.Sqrt(2), dd)
}
