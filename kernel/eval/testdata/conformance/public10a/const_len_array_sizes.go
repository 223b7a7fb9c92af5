package main

import (
	"fmt"
	"unsafe"
)

const greeting = "héllo"
const n = len(greeting) // a constant: the string is a constant

var table [n]byte
var doubled [len(table) * 2]int

type Block [unsafe.Sizeof(uint64(0)) * 4]byte

func main() {
	fmt.Println(n, len(table), len(doubled), len(Block{}))
	arr := [...]string{2: "c", 0: "a"}
	const al = len(arr) // len of an array variable without calls is constant
	var again [al + 1]int
	fmt.Println(al, len(again), cap(again))
	var p *[5]int
	const pl = len(p) // p is never dereferenced
	fmt.Println(pl)
	s := "runtime"
	fmt.Println(len(s), len([]rune(greeting)))
	type Grid [3][4]float64
	var g Grid
	fmt.Println(len(g), len(g[0]), unsafe.Sizeof(g))
}
