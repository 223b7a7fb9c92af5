package main

import "fmt"

type Named interface{ Name() string }

type Dog struct{ N string }

func (d Dog) Name() string   { return d.N }
func (d Dog) String() string { return "dog:" + d.N }

type Cat struct{ N string }

func (c Cat) Name() string { return c.N }

type Pen struct {
	Who  Named
	Many []Named
}

func main() {
	p := Pen{Who: Dog{"rex"}, Many: []Named{Dog{"a"}, Cat{"b"}}}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s\n", p.Who, p.Many, p.Many)
	fmt.Printf("%v\n", &p)
}
