package main

import (
	"fmt"
	"io"
)

type A struct{ n int }
type B struct{ s string }

func (a *A) Read(p []byte) (int, error) { return 0, io.EOF }
func (b *B) Read(p []byte) (int, error) { return 0, io.EOF }

func name(r io.Reader) string {
	switch x := r.(type) {
	case *A:
		return fmt.Sprint("A ", x.n)
	case *B:
		return "B " + x.s
	}
	return "?"
}

func main() {
	fmt.Println(name(&A{1}), name(&B{"b"}))
	var r io.Reader = &B{"x"}
	_, isA := r.(*A)
	b, isB := r.(*B)
	fmt.Println(isA, isB, b.s)
}
