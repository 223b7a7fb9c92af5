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
		if w, ok := f.Width(); ok {
			if f.Flag('-') {
				s = s + strings.Repeat(" ", max(0, w-len(s)))
			} else {
				s = strings.Repeat(" ", max(0, w-len(s))) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		p, ok := f.Precision()
		fmt.Fprintf(f, "%d(p=%d,%v)", m.Cents, p, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%#v] [%s]\n", m, m, m, m)
	fmt.Printf("[%15s] [%-15s] [%.3d] [%x]\n", m, m, m, m)
	fmt.Println(m, []Money{m, {5, "USD"}})
	fmt.Printf("%v %#v %+v\n", Point{1, 2}, Point{1, 2}, &Point{3, 4})
	fmt.Printf("%v %s %d %5.2f\n", Temp(21.55), Temp(3), Temp(4), Temp(5))
	fmt.Printf("%v %d %q\n", Code(4), Code(4), Code(5))
	fmt.Printf("%08.3f|%-8d|%+d|%x|%X|%o|%O|%b|%e|%G\n", 3.14159, 42, 42, 255, "hi", 8, 8, 5, 1234.5678, 1e21)
	fmt.Printf("%q %+q %#q %U %#U %c\n", "héllo", "héllo", "back`q", 'é', 'é', 0x1F600)
	fmt.Printf("%t %p %v %T\n", true, nil, []byte("ab"), map[string][]int{})
	fmt.Printf("%6.2v|%-6v|%06d|% d|% x\n", 3.14159, "ab", -42, 42, "abc")
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	var np *Point
	var ni fmt.Stringer
	fmt.Printf("%v %+v %v %s\n", np, ni, []any{nil, 1}, nil)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
