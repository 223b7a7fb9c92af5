package main

import (
	"fmt"
	"io"
)

type box struct{ v int }

func (b *box) Read(p []byte) (int, error) { return 0, io.EOF }
func (b *box) Get() int                   { return b.v }
func (b *box) Set(v int)                  { b.v = v }

func main() {
	var r io.Reader = &box{1}
	if gs, ok := r.(interface {
		Get() int
		Set(int)
	}); ok {
		gs.Set(41)
		fmt.Println(gs.Get() + 1)
	}
	_, ok := r.(interface{ Set(string) })
	fmt.Println("Set(string):", ok)
	fmt.Println(r.(*box).v)
}
