package main

import "fmt"

type Person struct {
	owner string
}

func (p *Person) Owner() string     { return p.owner }
func (p *Person) SetOwner(o string) { p.owner = o }

type Stringer interface{ String() string }

type named string

func (n named) String() string { return "named(" + string(n) + ")" }

func main() {
	var p Person
	p.SetOwner("gopher")
	fmt.Println(p.Owner())
	var s Stringer = named("x")
	fmt.Println(s.String(), s)
}
