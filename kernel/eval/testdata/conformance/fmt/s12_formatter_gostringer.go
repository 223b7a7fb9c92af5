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
			fmt.Fprintf(f, "Money{%d %s}", m.Cents, m.Currency)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Money{Cents:%d, Currency:%q}", m.Cents, m.Currency)
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
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }
func (i ID) String() string   { return fmt.Sprintf("#%d", int(i)) }

type Wrapper struct {
	ID    ID
	Price Money
	Tags  []ID
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%#v] [%s] [%12s] [%-12s] [%d] [%x]\n", m, m, m, m, m, m, m, m)
	fmt.Println(m, []Money{m, {5, "USD"}})
	w := Wrapper{7, m, []ID{1, 2}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Printf("%#v %v %s %d\n", ID(3), ID(3), ID(3), ID(3))
	fmt.Printf("%v %#v\n", map[ID]Money{1: m}, map[ID]bool{2: true})
	fmt.Printf("%v %#v\n", &m, []*ID{nil})
	s := fmt.Sprint(m, "|", ID(4))
	fmt.Println(s, fmt.Sprintf("%6.2v|", ID(42)))
}
