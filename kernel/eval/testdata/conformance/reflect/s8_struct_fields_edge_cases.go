package main

import (
	"container/list"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sync"
	"text/template"
)

type Lv int

func (l Lv) String() string { return fmt.Sprintf("L%d", int(l)) }

type Leaf struct{ V Lv }

type Node struct {
	V    Lv
	Next *Leaf
	Kids []Leaf
}

type Base struct{ B Lv }

func (b Base) Hello() string { return "hello " + b.B.String() }

type Outer struct {
	Base
	Name string
	lv   Lv
}

type Alias = Outer

type Linked Outer

type Box[T any] struct {
	Item T
	Lv   Lv
}

type Key struct {
	A Lv
	B string
}

type WithIface struct {
	S fmt.Stringer
	A any
	L Lv
}

func main() {
	n := &Node{V: 1, Next: &Leaf{V: 2}, Kids: []Leaf{{V: 3}}}
	fmt.Println(reflect.TypeOf(*n).Field(0).Type, reflect.TypeOf(*n).Field(1).Type, reflect.TypeOf(*n).Field(2).Type)
	o := Outer{Base{4}, "o", 5}
	ot := reflect.TypeOf(o)
	fmt.Println(ot, ot.Field(0).Type, ot.Field(0).Anonymous, ot.Field(2).Type, ot.Field(2).Name)
	fmt.Println(reflect.ValueOf(o).Field(0).MethodByName("Hello").Call(nil)[0])
	fmt.Println(reflect.TypeOf(Linked{}).Field(0).Type, reflect.TypeOf(Alias{}).Name())
	b := Box[string]{"x", 2}
	fmt.Println(reflect.TypeOf(b).Field(1).Type)
	m := map[any]int{}
	m[Key{1, "a"}] = 1
	m[Key{1, "a"}]++
	k := reflect.ValueOf(Key{1, "a"}).Interface()
	fmt.Println(len(m), m[Key{1, "a"}], k == any(Key{1, "a"}), k.(Key).A)
	l := list.New()
	l.PushBack(Key{2, "b"})
	l.PushBack(&Key{3, "c"})
	kk := l.Front().Value.(Key)
	pk := l.Back().Value.(*Key)
	pk.A = 9
	fmt.Println(kk.A, kk.B, pk.A, l.Back().Value.(*Key).A)
	var sm sync.Map
	sm.Store("n", *n)
	v, _ := sm.Load("n")
	switch x := v.(type) {
	case Node:
		fmt.Println("node", x.V, x.Next.V, x.Kids[0].V)
	default:
		fmt.Println("other")
	}
	w := WithIface{S: Lv(3), A: Lv(4), L: 5}
	fmt.Println(reflect.TypeOf(w).Field(2).Type, reflect.ValueOf(w).Field(0).Interface(), reflect.ValueOf(w).Field(2).Interface())
	pn := reflect.ValueOf(n)
	pn.Elem().Field(0).SetInt(7)
	pn.Elem().Field(2).Index(0).Field(0).SetInt(8)
	fmt.Println(n.V, n.Kids[0].V)
	tp := template.Must(template.New("").Parse("{{.V}} {{.Next.V}} {{range .Kids}}{{.V}}{{end}} | {{.Base.Hello}} {{.B}} {{.Name}}\n"))
	type both struct {
		*Node
		Outer
	}
	if err := tp.Execute(os.Stdout, both{n, o}); err != nil {
		fmt.Println(err)
	}
	bs, err := json.Marshal(both{n, o})
	fmt.Println(string(bs), err)
	fmt.Printf("%v %+v\n", o, n.Kids)
	anon := []struct {
		L Lv
		N string
	}{{1, "a"}}
	fmt.Println(reflect.TypeOf(anon), reflect.TypeOf(anon).Elem().Field(0).Type)
	var ai any = anon
	back := ai.([]struct {
		L Lv
		N string
	})
	fmt.Println(back[0].L)
	rv := reflect.ValueOf(anon).Interface()
	fmt.Println(rv.([]struct {
		L Lv
		N string
	})[0].N)
}
