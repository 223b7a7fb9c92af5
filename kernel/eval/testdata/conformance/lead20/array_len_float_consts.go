package main

import (
	"fmt"
	"unsafe"
)

const size = 1e3

const (
	rows = 2.0
	cols = 3e0
)

type grid [rows][cols]int

func passArray(items [size]int) int {
	items[0] = 100
	return len(items)
}

func main() {
	var a [size]int
	fmt.Println(passArray(a), a[0], len(a), unsafe.Sizeof(a))
	var b [2e1]string
	const n = 4.0
	var c [n]bool
	var d [1 << 3]byte
	var e [size / 100]float64
	fmt.Println(len(b), len(c), len(d), len(e))
	var g grid
	g[1][2] = 7
	fmt.Println(g, len(g), len(g[0]))
	fmt.Printf("%T %T\n", b, g)
}
