package main

import (
	"fmt"
	"sort"
)

// A method of a pointer receiver is not in the method set of the value,
// but its name still hides a method of that name promoted from deeper, and
// makes one promoted at its own depth ambiguous: the value then has no
// such method (fmt does not call it, it implements no interface with it).

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type Named struct{ Name string }

func (n *Named) String() string { return "Named(" + n.Name + ")" }

// Both: String at depth 1 from Base (value) and Named (pointer).
type Both struct {
	Base
	Named
}

// Own: its own String has a pointer receiver, Base's is deeper.
type Own struct {
	Base
	Tag string
}

func (o *Own) String() string { return "Own:" + o.Tag }

// Deep: Named's pointer String at depth 1 hides Base's at depth 2.
type Inner struct{ Base }
type Deep struct {
	Inner
	Named
}

type byLen []string

func (b *byLen) Len() int { return len(*b) }

type list struct {
	byLen
	sort.StringSlice
}

func main() {
	b := Both{Base{1}, Named{"n"}}
	fmt.Println(b)
	fmt.Printf("%v %+v\n", b, b)
	_, ok := any(b).(fmt.Stringer)
	_, okp := any(&b).(fmt.Stringer)
	fmt.Println(ok, okp)

	o := Own{Base{2}, "t"}
	fmt.Println(o, &o)
	_, ok = any(o).(fmt.Stringer)
	fmt.Println(ok)

	d := Deep{Inner{Base{3}}, Named{"d"}}
	fmt.Println(d)
	_, ok = any(d).(fmt.Stringer)
	fmt.Println(ok)

	l := list{nil, sort.StringSlice{"b", "a"}}
	_, isSorter := any(l).(sort.Interface)
	fmt.Println(isSorter, l.StringSlice.Len())
}
