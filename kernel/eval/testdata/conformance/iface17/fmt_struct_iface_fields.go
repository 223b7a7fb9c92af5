package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Scene struct {
	Main   Shape
	All    []Shape
	ByName map[string]Shape
	None   Shape
	Arr    [2]Shape
}

func main() {
	s := Scene{Main: Sq{2}, All: []Shape{Sq{1}, Sq{4}}, ByName: map[string]Shape{"a": Sq{3}}, Arr: [2]Shape{Sq{5}}}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s.Main)
	fmt.Printf("%#v\n", s.All[0])
	fmt.Printf("%T %T %T\n", s.Main, s.All, s.ByName)
	fmt.Println(s.None == nil, s.Arr[1] == nil)
	c := Scene{Main: &Circle{1}}
	fmt.Println(c.Main.Area(), c.Main.(*Circle).R)
}
