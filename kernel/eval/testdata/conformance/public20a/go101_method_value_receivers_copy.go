package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int    { return c.n }
func (c *Counter) Incr()        { c.n++ }
func (c Counter) Named() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Wrapper struct {
	Counter
	extra int
}

type PWrapper struct {
	*Counter
}

func main() {
	c := Counter{"c", 0}
	get := c.Value
	incr := c.Incr
	incr()
	incr()
	fmt.Println(c.n, get(), c.Value())
	named := c.Named
	c.n = 100
	fmt.Println(named(), c.Named())
	fs := []func(){c.Incr, c.Incr}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
	w := Wrapper{Counter{"w", 1}, 0}
	w.Incr()
	wi := w.Incr
	wi()
	fmt.Println(w.n, w.Value(), w.Named())
	w2 := w
	w2.Incr()
	fmt.Println(w.n, w2.n)
	pw := PWrapper{&Counter{"p", 5}}
	pw2 := pw
	pw2.Incr()
	fmt.Println(pw.n, pw2.n, pw.Named())
	ptrs := []*Counter{{"a", 1}, {"b", 2}}
	var vals []func() int
	for _, p := range ptrs {
		vals = append(vals, p.Value)
	}
	ptrs[0].n = 99
	fmt.Println(vals[0](), vals[1](), ptrs[0].Value())
	byExpr := (*Counter).Incr
	byExpr(&c)
	valExpr := Counter.Value
	fmt.Println(valExpr(c), (*Counter).Value(&c))
	m := map[string]Counter{"k": {"k", 1}}
	x := m["k"]
	x.Incr()
	fmt.Println(m["k"].n, x.n, m["k"].Value())
	arr := [2]Counter{{"0", 0}, {"1", 1}}
	arr[0].Incr()
	for _, a := range arr {
		a.Incr()
	}
	for i := range arr {
		arr[i].Incr()
	}
	fmt.Println(arr[0].n, arr[1].n)
	var ifc interface{ Value() int } = c
	c.n = -1
	fmt.Println(ifc.Value(), c.Value())
	var ifp interface{ Value() int } = &c
	c.n = -2
	fmt.Println(ifp.Value())
	defer c.Incr()
	defer fmt.Println("deferred Named sees", c.Named())
	c.n = 7
}
