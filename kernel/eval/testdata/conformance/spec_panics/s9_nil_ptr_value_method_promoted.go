package main

import "fmt"

type T struct{ x int }

func (t T) M() int { return t.x }

type S struct {
	T
	y int
}

type PS struct {
	*T
}

type I interface{ M() int }

var g I

func try(name string, fn func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	fn()
}

func main() {
	var s *S
	g = s
	try("embedded value, nil outer", func() { fmt.Println(g.M()) })
	g = PS{}
	try("embedded nil pointer", func() { fmt.Println(g.M()) })
	g = &PS{}
	try("ptr to embedded nil pointer", func() { fmt.Println(g.M()) })
}
