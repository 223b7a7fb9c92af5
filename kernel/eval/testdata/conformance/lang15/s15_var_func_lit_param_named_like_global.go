package main

import "fmt"

type F func(int) int

var f F = func(x int) int { return x + 1 }
var x any = f

var g = func(y int) int { return y * z }
var y = g(2)
var z = 10

var h = func() int { return w + 1 }
var w = 5

func main() {
	fmt.Println(f(1), x != nil, x.(F)(2))
	fmt.Println(y, z, h(), w)
}
