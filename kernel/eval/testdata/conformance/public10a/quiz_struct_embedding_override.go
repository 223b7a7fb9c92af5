package main

import "fmt"

type Base struct{ name string }

func (b Base) Hello() string    { return "Base hello from " + b.Who() }
func (b Base) Who() string      { return "Base" }
func (b *Base) Rename(n string) { b.name = n }

type Derived struct {
	Base
}

func (d Derived) Who() string { return "Derived" }

type Greeter interface{ Hello() string }

func main() {
	d := Derived{Base{"b"}}
	// No virtual dispatch: Base.Hello calls Base.Who.
	fmt.Println(d.Hello(), d.Who())
	d.Rename("renamed")
	fmt.Println(d.name, d.Base.name)
	var g Greeter = d
	fmt.Println(g.Hello())
	pd := &d
	pd.Rename("via ptr")
	fmt.Println(d.name)
	fmt.Printf("%+v\n", d)
}
