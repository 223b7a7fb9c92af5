package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
)

type Base struct{ ID int }

type Inner struct{ id int }

func (i Inner) String() string { return "inner" + strconv.Itoa(i.id) }

// Embeds a struct without methods.
type Item struct {
	Base
	Name string
}

func (it Item) String() string { return it.Name + "#" + strconv.Itoa(it.ID) }

// Embeds a type whose only method it declares again.
type Own struct {
	Inner
}

func (o Own) String() string { return "own" + strconv.Itoa(o.id) }

type PItem struct {
	*Base
	N int
}

func (p *PItem) String() string { return fmt.Sprint("p", p.ID, p.N) }

func main() {
	var s fmt.Stringer = Item{Base{7}, "x"}
	fmt.Println(s, reflect.TypeOf(s), reflect.TypeOf(s).NumMethod())
	m := map[fmt.Stringer]int{s: 1}
	m[Item{Base{7}, "x"}]++
	m[Own{Inner{3}}]++
	fmt.Println(len(m), m[s], m[Own{Inner{3}}])
	o, ok := any(Own{Inner{3}}).(fmt.Stringer)
	fmt.Println(o, ok, reflect.TypeOf(o))
	it, ok := s.(Item)
	fmt.Println(it.ID, it.Name, ok)
	b, err := json.Marshal(struct{ S fmt.Stringer }{s})
	fmt.Println(string(b), err)
	var ps fmt.Stringer = &PItem{&Base{2}, 5}
	fmt.Println(ps, reflect.TypeOf(ps))
	fmt.Printf("%T %v %d\n", s, []fmt.Stringer{s, o}, []fmt.Stringer{Own{Inner{4}}})
}
