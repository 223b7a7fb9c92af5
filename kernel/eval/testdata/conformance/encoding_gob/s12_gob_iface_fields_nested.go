package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + ": woof" }

type Cat struct {
	Name  string
	Lives int
}

func (c *Cat) Sound() string { return fmt.Sprintf("%s (%d lives): meow", c.Name, c.Lives) }

type Pen struct {
	Label   string
	Animals []Animal
}

type Farm struct {
	Owner string
	Pens  map[string]*Pen
	Star  Animal
	Spare Animal
	Keep  int
}

func main() {
	gob.Register(Dog{})
	gob.Register(&Cat{})
	in := Farm{
		Owner: "mac",
		Pens: map[string]*Pen{
			"north": {"N", []Animal{Dog{"rex"}, &Cat{"tom", 9}}},
			"south": {"S", nil},
		},
		Star: &Cat{"kit", 3},
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&in); err != nil {
		fmt.Println("encode:", err)
		return
	}
	out := Farm{Keep: 42, Spare: Dog{"old"}}
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		fmt.Println("decode:", err)
		return
	}
	keys := make([]string, 0, len(out.Pens))
	for k := range out.Pens {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := out.Pens[k]
		fmt.Print(k, " ", p.Label, " ", len(p.Animals), ":")
		for _, a := range p.Animals {
			fmt.Print(" ", a.Sound())
		}
		fmt.Println()
	}
	fmt.Println(out.Owner, out.Star.Sound(), out.Keep, out.Spare.Sound())
	if c, ok := out.Star.(*Cat); ok {
		c.Lives--
		fmt.Println(out.Star.Sound())
	}
	_, isDog := out.Pens["north"].Animals[0].(Dog)
	fmt.Println(isDog)
}
