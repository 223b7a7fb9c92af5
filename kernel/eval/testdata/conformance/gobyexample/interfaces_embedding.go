package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buffer) Write(s string) { b.data = append(b.data, s) }

type Animal interface {
	Sound() string
}

type Base struct{ Name string }

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (Dog) Sound() string { return "woof" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	var rw ReadWriter = &buffer{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)
	d := Dog{Base{"Rex"}, "lab"}
	fmt.Println(d.Describe(), d.Name, d.Sound())
	var a Animal = Loud{d}
	fmt.Println(a.Sound())
	var sb strings.Builder
	w := upperWriter{&sb}
	fmt.Fprintf(w, "hello %d", 5)
	fmt.Println(sb.String())
	fmt.Printf("%+v\n", d)
}
