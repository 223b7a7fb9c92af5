package main

import "fmt"

type Celsius float64
type Temp float64

type PC *Celsius

type Node struct{ v int }
type Alias = Node
type Other struct{ v int }

func main() {
	c := Celsius(21.5)
	var pc *Celsius = &c
	t := (*Temp)(pc) // same underlying base types: allowed
	*t = 30
	fmt.Println(c)
	var named PC = pc
	back := (*Celsius)(named)
	fmt.Println(*back)

	n := &Node{1}
	o := (*Other)(n) // identical underlying struct types
	o.v = 2
	fmt.Println(n.v)
	var a *Alias = n
	fmt.Println(a.v)
	type Tagged struct {
		v int `json:"v"`
	}
	tg := (*Tagged)(n) // tags are ignored in conversion
	tg.v = 3
	fmt.Println(n.v)
	fmt.Printf("%T %T %T\n", o, named, tg)
}
