package main

import "fmt"

type Animal interface{ Name() string }

type Dog struct{ name string }

func (d *Dog) Name() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name
}

func pick(n int) Animal {
	var d *Dog
	if n > 0 {
		d = &Dog{"rex"}
	}
	return d
}

func main() {
	a := pick(0)
	fmt.Println(a == nil, a.Name())
	b := pick(1)
	fmt.Println(b == nil, b.Name())
	var c Animal
	fmt.Println(c == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(c.Name())
}
