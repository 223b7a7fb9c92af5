package main

import "fmt"

// A type assertion x.(U) on a value of an interface type declared in the
// program holds only when the dynamic type is U itself: T and U with the
// same underlying type are different types (the interpreter's two-value
// assertion answered true).

type Namer interface{ Name() string }

type Cat string

func (c Cat) Name() string { return "cat " + string(c) }

type Dog string

func (d Dog) Name() string { return "dog " + string(d) }

func main() {
	var n Namer = Cat("tom")
	d, isDog := n.(Dog)
	c, isCat := n.(Cat)
	fmt.Printf("%q %v %q %v\n", d, isDog, c, isCat)
	var ok bool
	_, ok = n.(Dog)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n.(Dog))
}
