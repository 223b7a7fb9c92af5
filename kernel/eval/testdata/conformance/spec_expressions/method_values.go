package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ name string }

func (g Greeter) Hello(to string) string { return g.name + " greets " + to }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	g := Greeter{"ann"}
	h := g.Hello
	fmt.Println(h("bob"), apply(g.Hello, "cy"), apply(strings.ToUpper, "up"))
	var sb strings.Builder
	w := sb.WriteString
	w("a")
	w("b")
	fmt.Println(sb.String())
	fns := map[string]func(string) string{"hello": g.Hello, "trim": strings.TrimSpace}
	fmt.Printf("%q %q\n", fns["hello"]("x"), fns["trim"]("  y "))
}
