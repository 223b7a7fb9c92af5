package main

import (
	"fmt"
	"sync"
)

type obj struct{ id int }

func main() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return &obj{id: made}
	}}
	a := p.Get().(*obj)
	b := p.Get().(*obj)
	fmt.Println(a.id, b.id, made)
	fmt.Printf("%T\n", p.Get())
}
