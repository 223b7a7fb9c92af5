package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Duration int64

const Boiling Celsius = 100
const Timeout = 5 * time.Second
const Untyped = 10

func main() {
	var c Celsius = Boiling / 2
	fmt.Println(c, c*2, c+Untyped)
	fmt.Printf("%T %T\n", c+Untyped, Untyped*1.5)
	d := Timeout * 2
	fmt.Println(d, Timeout/Untyped)
	n := 3
	// time.Duration(n) * time.Second: n is an int variable, a conversion is needed.
	fmt.Println(time.Duration(n) * time.Second)
	var dd Duration = Untyped
	fmt.Println(dd * Untyped)
	const big = 1 << 40
	fmt.Println(big/(1<<30), float32(big))
	const r = 'a'
	var b byte = r
	var rr rune = r + 1
	fmt.Println(b, rr, string(rr))
	const f = 2.0
	var i int = f // an untyped float constant with an integer value
	fmt.Println(i)
	fmt.Println(time.Hour.Minutes(), (90 * time.Minute).String(), time.Duration(1500)*time.Millisecond)
}
