package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d, Currency:%q}", m.Cents, m.Currency)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Money{%d, %q}", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		s := fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprint(f, m.Cents)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "%.*f", p, float64(m.Cents)/100)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }
func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Secret string

func (Secret) String() string { return "****" }

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	sep := ""
	if f.Flag(' ') {
		sep = ":"
	}
	for i, b := range h {
		if i > 0 {
			fmt.Fprint(f, sep)
		}
		if c == 'X' {
			fmt.Fprintf(f, "%02X", b)
		} else {
			fmt.Fprintf(f, "%02x", b)
		}
	}
}

func main() {
	m := Money{123456, "KRW"}
	fmt.Printf("[%v] [%+v] [%#v] [%s]\n", m, m, m, m)
	fmt.Printf("[%20v] [%-20s] [%d] [%f] [%.0f] [%.3f] [%x]\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{1, "a"}, {250, "b"}})
	fmt.Printf("%v\n", map[string]Money{"x": {99, "USD"}})
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %s %d\n", p, p, p, p, p)
	fmt.Printf("%#v\n", []Point{{3, 4}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
	s := Secret("hunter2")
	fmt.Printf("%v %s %q %x %#v\n", s, s, s, s, s)
	type wrap struct {
		S Secret
		P *Point
	}
	fmt.Printf("%v %+v\n", wrap{s, &p}, wrap{s, nil})
	h := Hex{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%x|% x|%X|% X|%v\n", h, h, h, h, h)
	fmt.Println(fmt.Sprint(h), fmt.Sprintf("%s", []any{h, m}))
}
