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
				s += strings.Repeat(" ", max(0, w-len(s)))
			} else {
				s = strings.Repeat(" ", max(0, w-len(s))) + s
			}
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
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

func (c Color) GoString() string { return "main." + strings.ToUpper(c.String()[:1]) + c.String()[1:] }

type Pixel struct {
	X, Y int
	C    Color
	Tag  *string
}

type Wrapper struct {
	Pixel
	Note string
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%+v] [%#v] [%s] [%d] [%x]\n", m, m, m, m, m, m)
	fmt.Printf("[%12v] [%-12s] [%3v]\n", m, m, m)
	fmt.Println(m, []Money{{1, "USD"}, {250, "KRW"}})
	fmt.Printf("%v %s %d %x %#v %q\n", Green, Blue, Red, Blue, Green, Red)
	fmt.Printf("%v %#v\n", Color(9), []Color{Red, 7})
	tag := "t"
	p := Pixel{1, 2, Blue, &tag}
	p.Tag = nil
	_ = tag
	fmt.Printf("%v\n%+v\n", p, Wrapper{Pixel{3, 4, Red, nil}, "n"})
	fmt.Printf("%#v\n", Pixel{5, 6, Green, nil})
	fmt.Printf("%v %+v\n", map[Color]Money{Red: {1, "A"}, Blue: {2, "B"}}, struct {
		M Money
		C Color
	}{m, Green})
	fmt.Printf("%08.3f|%-8.2e|%+d|% d|%x|% x|%X|%#o|%b|%U|%#U|%c\n", 3.14159, 1234.5, 5, 7, "hi", "hi", []byte{1, 171}, 8, 5, 'G', '한', 0x1F600)
	fmt.Printf("%6.2f%%|%*d|%-*d|%.*s|%[2]d %[1]d\n", 99.5, 5, 42, 4, 7, 2, "abcdef")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
}
