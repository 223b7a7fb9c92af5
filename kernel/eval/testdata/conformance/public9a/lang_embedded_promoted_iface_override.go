package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b Base) Intro() string    { return b.Name() + " says " + b.Sound() }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
	age int
}

func (p Puppy) Sound() string { return "yip (" + p.Dog.Sound() + ")" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	d := Dog{Base{"rex"}, nil}
	p := Puppy{&Dog{Base{"bit"}, []string{"sit"}}, 1}
	zs := []Animal{d, p, Loud{d}, Loud{Loud{p}}, Base{"generic"}}
	for _, a := range zs {
		fmt.Printf("%-8s %-20s %T\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(d.Intro(), "|", p.Intro())
	p.Rename("byte")
	d.Rename("max")
	fmt.Println(p.Name(), p.Dog.name, d.Name())
	sort.Sort(byName(zs))
	for _, a := range zs {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	sort.Sort(reverse{byName(zs)})
	for _, a := range zs {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s, ", "world")
	io.WriteString(cw, "more")
	fmt.Println(cw.n, sb.String())
	if _, ok := zs[0].(interface{ Intro() string }); ok {
		fmt.Println("has Intro:", zs[0].(interface{ Intro() string }).Intro())
	}
	var an Animal = Loud{}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(an.Sound())
	}()
}
