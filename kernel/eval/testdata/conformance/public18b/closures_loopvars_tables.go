package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(a, b int) int

type Calc struct {
	acc  int
	hist []string
}

func (c *Calc) Add(n int) *Calc { c.acc += n; c.hist = append(c.hist, fmt.Sprint("+", n)); return c }
func (c *Calc) Mul(n int) *Calc { c.acc *= n; c.hist = append(c.hist, fmt.Sprint("*", n)); return c }
func (c Calc) Value() int       { return c.acc }

func main() {
	var fs []func() int
	byName := map[string]func() string{}
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
		name := fmt.Sprintf("f%d", i)
		byName[name] = func() string { return name + "=" + fmt.Sprint(i) }
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(byName[k](), " ")
	}
	fmt.Println()
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"pow": func(a, b int) int {
			r := 1
			for ; b > 0; b-- {
				r *= a
			}
			return r
		},
	}
	for _, name := range []string{"add", "sub", "pow", "nope"} {
		if op, ok := ops[name]; ok {
			fmt.Println(name, op(2, 5))
		} else {
			fmt.Println(name, "missing", op == nil)
		}
	}
	c := &Calc{}
	steps := []func(int) *Calc{c.Add, c.Mul, c.Add}
	for i, s := range steps {
		s(i + 2)
	}
	val := c.Value
	c.Add(100)
	fmt.Println(c.Value(), val(), strings.Join(c.hist, ""))
	table := []struct {
		name string
		fn   func(*Calc, int) *Calc
	}{{"add", (*Calc).Add}, {"mul", (*Calc).Mul}}
	c2 := &Calc{acc: 1}
	for _, row := range table {
		row.fn(c2, 3)
	}
	fmt.Println(c2.Value(), Calc.Value(*c2))
	counter := func() (func() int, func()) {
		n := 0
		return func() int { n++; return n }, func() { n = 100 }
	}
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())
	var chain []func(string) string
	for _, suffix := range []string{"a", "b", "c"} {
		chain = append(chain, func(s string) string { return s + suffix })
	}
	s := ""
	for _, f := range chain {
		s = f(s)
	}
	fmt.Println(s)
	matrix := [3][3]func() int{}
	for i := range matrix {
		for j := range matrix[i] {
			matrix[i][j] = func() int { return i*3 + j }
		}
	}
	fmt.Println(matrix[1][2](), matrix[2][0]())
	funcs := make(map[int][]func() int)
	for i := range 3 {
		for j := range i + 1 {
			funcs[i] = append(funcs[i], func() int { return i*10 + j })
		}
	}
	for i := range 3 {
		for _, f := range funcs[i] {
			fmt.Print(f(), ",")
		}
	}
	fmt.Println()
}
