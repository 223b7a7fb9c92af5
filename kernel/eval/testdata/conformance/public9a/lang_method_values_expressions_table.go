package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()            { c.n++ }
func (c *Counter) Add(d int) int   { c.n += d; return c.n }
func (c Counter) Get() int         { return c.n }
func (c Counter) Describe() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(int) int

type Calc struct{ acc int }

func (c *Calc) Apply(ops ...Op) *Calc {
	for _, o := range ops {
		c.acc = o(c.acc)
	}
	return c
}

func double(x int) int { return x * 2 }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // bound to &c
	get := c.Get // copies c now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	add := (*Counter).Add
	fmt.Println(add(&c, 10), c.n)
	desc := Counter.Describe
	fmt.Println(desc(c), desc(Counter{"z", -1}))
	getP := (*Counter).Get
	fmt.Println(getP(&c))

	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var incs []func()
	for _, k := range counters {
		incs = append(incs, k.Inc)
	}
	for i, f := range incs {
		for j := 0; j <= i; j++ {
			f()
		}
	}
	for _, k := range counters {
		fmt.Print(k.Describe(), " ")
	}
	fmt.Println()

	vals := []Counter{{"x", 1}, {"y", 2}}
	var descs []func() string
	for _, v := range vals {
		descs = append(descs, v.Describe)
	}
	vals[0].n = 100
	for _, d := range descs {
		fmt.Print(d(), " ")
	}
	fmt.Println()

	table := map[string]func(string) string{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"rev": func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		},
		"repeat": strings.NewReplacer("o", "oo").Replace,
	}
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%s ", k, table[k]("gopher"))
	}
	fmt.Println()
	calc := &Calc{3}
	var sb strings.Builder
	w := sb.WriteString
	w("a")
	w("b")
	fmt.Println(calc.Apply(double, func(x int) int { return x - 1 }, Op(double)).acc, sb.String())
	apply := calc.Apply
	apply(double)
	fmt.Println(calc.acc)
}
