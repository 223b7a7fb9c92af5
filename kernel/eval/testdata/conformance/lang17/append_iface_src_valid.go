package main

import (
	"fmt"
	"io"
	"strings"
)

type Speaker interface{ Speak() string }

type Loud interface {
	Speaker
	Volume() int
}

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " woof" }

type Cat struct{}

func (Cat) Speak() string { return "meow" }
func (Cat) Volume() int   { return 3 }

type Named[T any] interface{ Name() T }

type N string

func (n N) Name() string { return string(n) }

func talk(s Speaker) string { return s.Speak() }

func main() {
	var all []Speaker
	all = append(all, &Dog{"rex"}, Cat{})
	var l Loud = Cat{}
	all = append(all, l)
	var louds []Loud
	louds = append(louds, Cat{}, l)
	all = append(all, louds[0])
	for _, s := range all {
		fmt.Println(s.Speak(), talk(s))
	}
	var ns []Named[string]
	ns = append(ns, N("a"))
	fmt.Println(ns[0].Name(), len(louds))
	var rs []io.Reader
	rs = append(rs, strings.NewReader("x"))
	var anys []any
	anys = append(anys, Cat{}, &Dog{}, 1)
	var ifs []interface{ Speak() string }
	ifs = append(ifs, Cat{})
	fmt.Println(len(rs), len(anys), len(ifs))
}
