package main

import (
	"errors"
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
			fmt.Fprintf(f, "Money{%d %s}", m.Cents, m.Currency)
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
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

func (c Color) GoString() string { return "main." + strings.Title(c.String()) }

type Pixel struct {
	X, Y int
	C    Color
}

type Secret string

func (Secret) String() string { return "***" }

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func main() {
	m := Money{-12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%s] [%d] [%x] [%14s] [%-14v]\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{5, "USD"}, {100, "JPY"}})
	px := Pixel{1, 2, Green}
	fmt.Printf("%v %+v %#v\n", px, px, px)
	fmt.Printf("%v %d %s %q %x %#v\n", Blue, Blue, Color(9), Red, Red, Color(2))
	fmt.Printf("%v %s %q %#v\n", Secret("pw"), Secret("pw"), Secret("pw"), Secret("pw"))
	fmt.Printf("%v\n", map[Color]int{Blue: 3, Red: 1})
	e := &wrapErr{"read", errors.New("eof")}
	fmt.Printf("%v | %s | %q\n", e, e, e)
	var nilErr error
	fmt.Printf("%v %d %s\n", nilErr, []any{nil, 1}, []string{"a"})
	fmt.Printf("%08.3f|%-8d|%+d|% d|%x|%X|%o|%#o|%#x|%b\n", 3.14159, 42, 42, 42, "hi", []byte("hi"), 8, 8, 255, 5)
	fmt.Printf("%5t|%-5t|%c|%U|%#U\n", true, false, 'G', 'G', '⌘')
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
