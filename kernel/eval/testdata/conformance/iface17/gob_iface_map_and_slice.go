package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }
type Cow struct {
	Name string
	Milk int
}

func (d Dog) Sound() string { return d.Name + ": woof" }
func (c Cow) Sound() string { return fmt.Sprint(c.Name, ": moo ", c.Milk) }

type Farm struct {
	Owner   string
	Animals []Animal
	ByPen   map[int]Animal
	Boss    Animal
}

func main() {
	gob.Register(Dog{})
	gob.Register(Cow{})
	f := Farm{Owner: "ann", Animals: []Animal{Dog{"rex"}, Cow{"bess", 3}}, ByPen: map[int]Animal{1: Cow{"x", 1}}, Boss: Dog{"max"}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		fmt.Println("encode:", err)
		return
	}
	n := buf.Len()
	var g Farm
	if err := gob.NewDecoder(&buf).Decode(&g); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(n > 0, g.Owner, len(g.Animals), g.Boss.Sound(), g.ByPen[1].Sound())
	for _, a := range g.Animals {
		fmt.Printf("%T %s\n", a, a.Sound())
	}
}
