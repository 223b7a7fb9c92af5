package main

import (
	"fmt"
	"strings"
	"sync"
)

type Builder struct {
	parts []string
}

func (b *Builder) Add(s string) *Builder { b.parts = append(b.parts, s); return b }
func (b *Builder) String() string        { return strings.Join(b.parts, "+") }

var pool = sync.Pool{New: func() any { return &Builder{} }}

func build(xs ...string) string {
	b := pool.Get().(*Builder)
	b.parts = b.parts[:0]
	for _, x := range xs {
		b.Add(x)
	}
	s := b.String()
	pool.Put(b)
	return s
}

func main() {
	fmt.Println(build("a", "b"))
	fmt.Println(build("c"))
	fmt.Println(build())
}
