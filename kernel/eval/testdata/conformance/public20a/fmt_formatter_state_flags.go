package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	var b strings.Builder
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			b.WriteString(m.Cur + " ")
		}
		fmt.Fprintf(&b, "%d.%02d", m.Cents/100, m.Cents%100)
		if f.Flag('#') {
			b.WriteString(" (" + m.Cur + ")")
		}
	case 'd':
		fmt.Fprintf(&b, "%d", m.Cents)
	default:
		fmt.Fprintf(&b, "%%!%c(Money=%d)", verb, m.Cents)
	}
	s := b.String()
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	if p, ok := f.Precision(); ok {
		s += fmt.Sprintf("[p=%d]", p)
	}
	f.Write([]byte(s))
}

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	fmt.Fprintf(f, fmt.FormatString(f, c), []byte(h))
}

type Wrapped struct{ V int }

func (w *Wrapped) String() string { return fmt.Sprintf("W<%d>", w.V) }

type GoStr int

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr(%d)", int(g)) }

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%#v|%s|%d|%x\n", m, m, m, m, m, m)
	fmt.Printf("[%12v][%-12v][%+12.3v]\n", m, m, m)
	fmt.Println(m, []Money{{1, "A"}, {250, "B"}})
	fmt.Printf("%v\n", map[string]Money{"x": {99, "C"}})
	h := Hex{0xde, 0xad}
	fmt.Printf("%x %X % x %#x %v %q\n", h, h, h, h, h, h)
	fmt.Printf("%s\n", fmt.FormatString(nil2{}, 'v'))
	w := Wrapped{5}
	fmt.Println(w, &w)
	fmt.Printf("%v %v\n", w, &w)
	fmt.Printf("%#v %v %d\n", GoStr(3), GoStr(3), GoStr(3))
	fmt.Printf("%#v\n", []GoStr{1, 2})
}

type nil2 struct{}

func (nil2) Write(b []byte) (int, error) { return len(b), nil }
func (nil2) Width() (int, bool)          { return 7, true }
func (nil2) Precision() (int, bool)      { return 2, true }
func (nil2) Flag(c int) bool             { return c == '-' || c == '0' }
