package main

import "fmt"

type I interface{ M() }

type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() { fmt.Println(f) }

func describe(i I) { fmt.Printf("(%v, %T)\n", i, i) }

func main() {
	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	fmt.Println(i == nil, t == nil)
	i = &T{"hello"}
	describe(i)
	i.M()
	i = F(3.14)
	describe(i)
	i.M()
	var j I
	fmt.Printf("(%v, %T)\n", j, j)
	defer func() { fmt.Println("recovered:", recover()) }()
	j.M()
}
