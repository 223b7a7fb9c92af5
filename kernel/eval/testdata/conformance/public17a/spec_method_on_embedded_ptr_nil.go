package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Safe() string {
	if i == nil {
		return "nil inner"
	}
	return fmt.Sprint("inner ", i.n)
}

func (i *Inner) Value() int { return i.n }

type Outer struct {
	*Inner
	tag string
}

func main() {
	o := Outer{tag: "t"}
	fmt.Println(o.Safe())
	o.Inner = &Inner{5}
	fmt.Println(o.Safe(), o.Value())
	var nilInner *Inner
	fmt.Println(nilInner.Safe())
	o2 := Outer{}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(o2.Value())
}
