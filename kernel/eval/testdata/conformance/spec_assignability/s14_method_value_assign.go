package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ name string }

func (g Greeter) Greet(p string) string { return p + ", " + g.name }
func (g *Greeter) Rename(n string)      { g.name = n }

type GreetFunc func(string) string

func main() {
	g := &Greeter{"go"}
	var f GreetFunc = g.Greet
	var h func(string) string = f
	rename := g.Rename
	rename("gopher")
	fmt.Println(f("hi"), h("yo"))
	up := strings.ToUpper
	var t func(string) string = up
	fmt.Println(t("x"))
	var x any = g.Greet
	_, ok := x.(func(string) string)
	fmt.Println(ok)
	_, ok = x.(GreetFunc)
	fmt.Println(ok)
}
