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

func (m Money) GoString() string { return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency) }

type Matrix [][]int

func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			for _, row := range m {
				fmt.Fprintln(f, row)
			}
			return
		}
		fmt.Fprintf(f, "Matrix%dx%d", len(m), len(m[0]))
	case 's':
		var rows []string
		for _, r := range m {
			rows = append(rows, strings.Trim(fmt.Sprint(r), "[]"))
		}
		fmt.Fprint(f, strings.Join(rows, "; "))
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

type Level int

func (l *Level) String() string { return fmt.Sprintf("L%d", int(*l)) }

type errNotFound struct{ key string }

func (e errNotFound) Error() string { return "not found: " + e.key }

func main() {
	m := Money{-1234, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%s|%#v|%+v|%d\n", m, m, m, m, m)
	fmt.Printf("%10s|%-12v|\n", Money{5, "$"}, Money{100, "$"})
	ms := []Money{{1, "a"}, {2, "b"}}
	fmt.Printf("%v %#v\n", ms, ms)
	mp := map[string]Money{"x": {300, "GBP"}}
	fmt.Println(mp)
	mat := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v\n%+v%s\n%d\n", mat, mat, mat, mat)
	l := Level(3)
	fmt.Println(l, &l)
	fmt.Printf("%v %v\n", []*Level{&l}[0], struct{ L *Level }{&l}.L)
	var e error = errNotFound{"k"}
	fmt.Printf("%v|%s|%q|%+v\n", e, e, e, e)
	fmt.Println(fmt.Sprint(m, " ", 3, 4, "x", "y"), fmt.Sprintln(m, 3))
	type pair struct {
		M Money
		P *Money
	}
	fmt.Printf("%v %+v\n", pair{m, nil}, pair{M: m})
}
