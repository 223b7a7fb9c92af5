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
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
		if f.Flag('+') {
			s = "+" + s
		}
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

type Hex []byte

func (h Hex) String() string { return fmt.Sprintf("0x%x", []byte(h)) }

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%s|%+v|%14v|%-14v|%d|%x\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{1, "USD"}, {250, "GBP"}})
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", &m))
	fmt.Printf("%v %s %d\n", Hex{1, 2}, Hex{255}, Hex{3})
	fmt.Println(fmt.FormatString(fakeState{}, 'v'))
}

type fakeState struct{}

func (fakeState) Write(b []byte) (int, error) { return len(b), nil }
func (fakeState) Width() (int, bool)          { return 7, true }
func (fakeState) Precision() (int, bool)      { return 2, true }
func (fakeState) Flag(c int) bool             { return c == '-' || c == '#' }
