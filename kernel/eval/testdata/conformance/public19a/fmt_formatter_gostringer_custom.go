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
			fmt.Fprintf(f, "main.Money(%d %s)", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		sign := ""
		c := m.Cents
		if c < 0 {
			sign, c = "-", -c
		}
		s := fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
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
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Vec [3]float64

func (v Vec) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.*f", prec, x)
	}
	fmt.Fprintf(f, "⟨%s⟩", strings.Join(parts, ", "))
}

type Ptr struct{ n int }

func (p *Ptr) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Ptr#%d", p.n) }

func main() {
	m := Money{-12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%#v|%s|%d|%x\n", m, m, m, m, m, m)
	fmt.Printf("[%15v][%-15s]\n", Money{99, "USD"}, Money{5, "GBP"})
	fmt.Println([]Money{{1, "A"}, {250, "B"}}, map[string]Money{"k": {7, "C"}})
	s := Secret("pw")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Printf("%#v\n", []Secret{"a"})
	fmt.Printf("%#v\n", struct{ S Secret }{"b"})
	v := Vec{1, 2.345, -3}
	fmt.Printf("%v %.3v %.0v\n", v, v, v)
	fmt.Println(v, []Vec{{0, 0, 1}})
	p := Ptr{4}
	fmt.Println(&p, p)
	fmt.Printf("%v %v\n", &p, []*Ptr{&p})
	out := fmt.Sprintf("%08.3v|%-6v|%6v", Vec{1, 2, 3}, Money{1, "X"}, Money{1, "X"})
	fmt.Println(out)
	fmt.Println(fmt.Sprint(m, s, v))
	fmt.Printf("%v %v\n", error(nil), fmt.Errorf("money: %v", m))
}
