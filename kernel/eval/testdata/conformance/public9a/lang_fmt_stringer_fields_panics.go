package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.n) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return n.name
}

type ErrVal struct{ code int }

func (e ErrVal) Error() string { return fmt.Sprint("E", e.code) }

type Rec struct {
	Pub  Color
	priv Color
	P    PtrStr
	PP   *PtrStr
	E    error
	A    any
}

func main() {
	fmt.Println(Color(1), []Color{0, 2}, map[Color]Color{1: 2})
	fmt.Printf("%v %+v\n", Rec{Pub: 1, priv: 2, P: PtrStr{3}, PP: &PtrStr{4}, E: ErrVal{5}, A: Color(2)}, Rec{})
	fmt.Println(PtrStr{1}, &PtrStr{2}, []*PtrStr{{3}, nil}, []PtrStr{{4}})
	fmt.Println(Both{}, error(Both{}), fmt.Stringer(Both{}))
	fmt.Printf("%s|%v|%d\n", Boom{"bang"}, Boom{"bang2"}, Boom{"x"})
	var ns *NilSafe
	fmt.Println(ns, []*NilSafe{nil, {"x"}})
	var pe *PtrStr
	fmt.Println(pe)
	fmt.Printf("[%v] [%s]\n", pe, pe)
	var ev *ErrVal
	var err error = ev
	fmt.Println(err == nil, ev == nil)
	fmt.Printf("%v\n", err)
	fmt.Println(errors.New("plain"), fmt.Errorf("w: %w", ErrVal{9}))
	fmt.Printf("%x %X %q\n", Color(1), ErrVal{10}, Color(2))
	fmt.Printf("%v %d\n", []any{Color(0), ErrVal{1}, &PtrStr{2}, PtrStr{3}, nil}, []any{Color(1)})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, Color(1), Color(2)))
	fmt.Println(fmt.Sprintln("x", Color(0)) + "|")
	type wrap struct{ c Color }
	fmt.Printf("%v %+v %#v\n", wrap{1}, wrap{2}, wrap{0})
}
