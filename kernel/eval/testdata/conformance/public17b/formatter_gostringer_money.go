package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func (m Money) GoString() string {
	return fmt.Sprintf("Money{%d, %q}", m.Cents, m.Currency)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			fmt.Fprint(f, m.GoString())
			return
		}
		if f.Flag('+') {
			fmt.Fprintf(f, "%s (cents=%d)", m.String(), m.Cents)
			return
		}
		fallthrough
	case 's':
		s := m.String()
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "%.*f", p, float64(m.Cents)/100)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

type Ledger []Money

func (l Ledger) Sum() Money {
	var t Money
	for _, m := range l {
		t.Cents += m.Cents
		t.Currency = m.Currency
	}
	return t
}

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%#v] [%s]\n", m, m, m, m)
	fmt.Printf("[%15s] [%-15s] [%d] [%f] [%.1f] [%x]\n", m, m, m, m, m, m)
	l := Ledger{{100, "EUR"}, {-250, "EUR"}, {5, "EUR"}}
	fmt.Println(l, l.Sum())
	fmt.Printf("%v\n", l)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%10.3f|", m))
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v\n", p, &p, p)
	ps := []*Point{{3, 4}}
	fmt.Println(ps[0], []Point{{5, 6}})
	mp := map[string]Money{"a": {1, "USD"}}
	fmt.Println(mp)
	fmt.Printf("%#v\n", mp)
}
