package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := &Counter{name: "c"}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get())
	f := (*Counter).Inc
	f(c)
	g := Counter.Get
	fmt.Println(g(*c))
	lab := Counter.Label
	fmt.Println(lab(*c, "name:"))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3), Op.Apply(add, 4, 5))
	up := strings.ToUpper
	fns := []func(string) string{up, strings.TrimSpace, strings.ToLower}
	for _, fn := range fns {
		fmt.Printf("%q ", fn("  Go  "))
	}
	fmt.Println()
	var b strings.Builder
	w := b.WriteString
	w("hello ")
	w("world")
	fmt.Println(b.String())
	cs := []Counter{{"a", 1}, {"b", 2}}
	var getters []func() int
	for _, x := range cs {
		getters = append(getters, x.Get)
	}
	cs[0].n = 100
	for _, gt := range getters {
		fmt.Print(gt(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n%T\n", (*Counter).Inc, Counter.Label)
}
