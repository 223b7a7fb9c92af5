package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greeting() string
	Name() string
}

type Animal struct {
	name string
	legs int
}

func (a *Animal) Name() string     { return a.name }
func (a *Animal) Greeting() string { return "..." }
func (a *Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs and says %q", a.name, a.legs, a.Greeting())
}

type Dog struct {
	*Animal
	breed string
}

func (d Dog) Greeting() string { return "Woof" }

type Puppy struct {
	Dog
}

func (p Puppy) Greeting() string { return strings.ToLower(p.Dog.Greeting()) + "!" }

type Cat struct {
	Animal
	indoor bool
}

func (c *Cat) Greeting() string { return "Meow" }

func introduce(g Greeter) string {
	return g.Name() + ": " + g.Greeting()
}

func main() {
	d := Dog{&Animal{"rex", 4}, "lab"}
	p := Puppy{Dog{&Animal{"bit", 4}, "pug"}}
	c := &Cat{Animal{"tom", 4}, true}
	for _, g := range []Greeter{d, p, c, &Animal{"snake", 0}} {
		fmt.Println(introduce(g))
	}
	fmt.Println(d.Describe())
	fmt.Println(c.Describe())
	fmt.Println(p.Describe(), p.Dog.Greeting(), p.Animal.Greeting())
	d.name = "max"
	fmt.Println(d.Name(), p.legs)
	c2 := *c
	c2.name = "copy"
	fmt.Println(c.Name(), c2.Name(), c2.indoor)
	d2 := d
	d2.name = "shared"
	fmt.Println(d.Name(), d2.Name())
	f := d.Greeting
	g := (*Cat).Greeting
	h := Puppy.Greeting
	fmt.Println(f(), g(c), h(p))
	descr := c.Describe
	c.name = "changed"
	fmt.Println(descr())
}
