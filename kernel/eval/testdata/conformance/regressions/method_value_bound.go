package main

import "fmt"

type T struct{ n int }

func (t *T) Get() int { return t.n }

type V struct{ n int }

func (v V) Get() int { return v.n }

func main() {
	t := &T{7}
	f := t.Get
	t = &T{8}
	fmt.Println(f(), t.Get())
	v := V{1}
	g := v.Get
	v.n = 2
	fmt.Println(g(), v.Get())
}
