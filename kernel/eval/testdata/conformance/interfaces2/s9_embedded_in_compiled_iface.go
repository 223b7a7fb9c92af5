package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Inner struct{ id int }

func (i Inner) String() string { return "inner" + strconv.Itoa(i.id) }

type Outer struct {
	Inner
	name string
}

type Own struct {
	Inner
}

func (o Own) String() string { return "own" + strconv.Itoa(o.id) }

func main() {
	var o fmt.Stringer = Outer{Inner{3}, "o"}
	fmt.Println(reflect.TypeOf(o), reflect.TypeOf(o).Kind())
	m := map[fmt.Stringer]int{o: 1}
	m[Outer{Inner{3}, "o"}]++
	m[Own{Inner{3}}]++
	fmt.Println(len(m), m[o], m[Own{Inner{3}}])
	fmt.Printf("%T %v %d\n", o, o, []fmt.Stringer{Own{Inner{4}}})
}
