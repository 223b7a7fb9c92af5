package main

import "fmt"

type R struct{}

func (R) Read() string { return "R" }

type W struct{}

func (W) Read() string  { return "W" }
func (W) Write() string { return "W.Write" }

type RW struct {
	R
	W
}

type Reader interface{ Read() string }
type Writer interface{ Write() string }

func main() {
	// The ambiguous Read is an error only when selected.
	var rw RW
	fmt.Println(rw.Write(), rw.R.Read(), rw.W.Read())
	var x interface{} = rw
	_, isReader := x.(Reader)
	_, isWriter := x.(Writer)
	fmt.Println(isReader, isWriter)
}
