package main

import "fmt"

type Getter interface{ Get() int }
type Cell struct{ v int }

func (c Cell) Get() int { return c.v }

type Wrap[T any] struct {
	*Cell
	tag T
}
type Deep struct{ Wrap[string] }
type Nil struct{ *Cell }

func main() {
	c := &Cell{1}
	var g Getter = Wrap[string]{c, "t"}
	f := g.Get
	var g2 Getter = &Deep{Wrap[string]{c, "d"}}
	f2 := g2.Get
	var g3 Getter = Deep{Wrap[string]{c, "d"}}
	f3 := g3.Get
	c.v = 42
	fmt.Println(f(), f2(), f3())
	var gn Getter = Nil{}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		h := gn.Get
		fmt.Println("bound")
		fmt.Println(h())
	}()
}
