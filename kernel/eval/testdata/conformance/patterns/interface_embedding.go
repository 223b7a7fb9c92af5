package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Logger struct {
	*Buffer
	prefix string
}

func (l Logger) Write(s string) int { return l.Buffer.Write(l.prefix + s) }

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct{ base }

func (Dog) Sound() string { return "woof" }

type Cat struct {
	base
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	l := Logger{&Buffer{}, "> "}
	var w Writer = l
	w.Write("hello")
	fmt.Println(l.Read(), len(l.data))
	var r Reader = l
	_, isW := r.(Writer)
	_, isRW := r.(ReadWriter)
	fmt.Println(isW, isRW)
	c := &Cat{base{"tom"}, 9}
	animals := []Animal{Dog{base{"rex"}}, c}
	var names []string
	for _, a := range animals {
		names = append(names, describe(a))
	}
	fmt.Println(strings.Join(names, "; "), c.lives)
	fmt.Printf("%v %+v\n", animals[0], animals[0])
}
