package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

func (a *Address) Known() bool { return a != nil }

type Customer struct {
	*Address
	Name string
}

type Order struct {
	Customer
	ID int
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", what, r, isErr && err != nil)
	}()
	f()
}

// Reading or writing a field promoted through a nil embedded pointer is a
// nil pointer dereference; a pointer method promoted the same way runs.
func main() {
	var c Customer
	c.Name = "ann"
	try("read", func() { fmt.Println(c.City) })
	try("write", func() { c.Zip = 1 })
	try("deep read", func() { o := Order{ID: 1}; fmt.Println(o.City) })
	try("method", func() { fmt.Println(c.Known()) })
	c.Address = &Address{City: "Oslo"}
	try("after set", func() { fmt.Println(c.City, c.Known()) })
}
