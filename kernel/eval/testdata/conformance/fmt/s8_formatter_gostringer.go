package main

import (
	"fmt"
	"strings"
)

type Money struct{ Cents int }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('#') {
			fmt.Fprintf(f, "Money{%d}", m.Cents)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	case 'T':
		fmt.Fprint(f, "never")
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprint(f, strings.Repeat("_", w))
	}
}

type Tag string

func (t Tag) GoString() string { return "Tag(" + strings.ToUpper(string(t)) + ")" }

type Both int

func (b Both) String() string   { return fmt.Sprintf("both%d", int(b)) }
func (b Both) GoString() string { return fmt.Sprintf("Both(%d)", int(b)) }

type PtrFmt struct{ N int }

func (p *PtrFmt) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "ptrfmt<%c %d>", verb, p.N) }

type Holder struct {
	M Money
	T Tag
	B Both
	P *PtrFmt
}

func main() {
	m := Money{1234}
	fmt.Printf("%v|%s|%d|%x|%5v|%#v|%T\n", m, m, m, m, m, m, m)
	fmt.Println(m, &m, []Money{{1}, {250}})
	t := Tag("x")
	fmt.Printf("%v %s %q %#v %T %#v\n", t, t, t, t, t, []Tag{"a"})
	b := Both(2)
	fmt.Printf("%v %s %d %#v %T %x\n", b, b, b, b, b, b)
	fmt.Printf("%#v %v\n", []Both{1, 2}, map[Both]Tag{3: "y"})
	p := &PtrFmt{9}
	fmt.Printf("%v %d %s %T\n", p, p, p, p)
	fmt.Printf("%v %T\n", *p, *p)
	h := Holder{m, t, b, p}
	fmt.Printf("%v\n%+v\n", h, h)
	var a any = m
	var s fmt.Stringer = b
	var g fmt.GoStringer = t
	var f fmt.Formatter = m
	fmt.Printf("%v %T %v %T %#v %T %v %T\n", a, a, s, s, g, g, f, f)
	fmt.Println(fmt.Sprintf("%08.3v|%-4d|%+v", m, m, m))
}
