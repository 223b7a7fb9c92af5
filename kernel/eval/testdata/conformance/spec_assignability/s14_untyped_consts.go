package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Level uint8
type Name string
type Flag bool
type Runeish rune

func main() {
	var c Celsius = 36.6
	var l Level = 255
	var n Name = "x" + "y"
	var f Flag = !true
	var r Runeish = 'a'
	const big = 1 << 10
	var d time.Duration = big
	var cf Celsius = big / 4
	fmt.Println(c, l, n, f, r, d, cf)
	c = c * 2
	l = l - 1
	n += "z"
	f = f || c > 70
	fmt.Println(c, l, n, f)
	fmt.Printf("%T %T %T %T %T\n", c, l, n, f, r)
	var i any = big
	var g any = 2.5
	var s any = 'x'
	fmt.Printf("%T %T %T\n", i, g, s)
}
