package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int
}

func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", m.Cents) }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "+$%d.%02d", m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Tag string

func (t Tag) GoString() string { return "Tag(" + strings.ToUpper(string(t)) + ")" }

func main() {
	m := Money{1234}
	fmt.Printf("%v %+v %s %d %x\n", m, m, m, m, m)
	fmt.Println(m, []Money{{1}, {250}})
	fmt.Printf("%#v %#v\n", Tag("x"), []Tag{"a", "b"})
	fmt.Printf("%v %s %q\n", Tag("y"), Tag("y"), Tag("y"))
	fmt.Println(fmt.Sprint(m) == "$12.34")
}
