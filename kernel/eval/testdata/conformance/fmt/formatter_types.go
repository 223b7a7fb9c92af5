package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprint(f, strings.Repeat("_", w))
	}
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type wrapper struct {
	T Temp
	S Secret
	L []Level
}

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %.2f %q\n", t, t, t, t)
	s := Secret("pw")
	fmt.Printf("%v %s %q\n", s, s, s)
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%d|%x|%5v\n", m, m, m, m, m)
	fmt.Println(m, &m)
	fmt.Println(Level(0), Level(1), Level(7))
	w := wrapper{t, s, []Level{1, 0}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(fmt.Sprint(Level(1), "x", 3, 4, "y"), fmt.Sprintln("a", 1))
	fmt.Println(fmt.Append([]byte("pre:"), 1, "two"), string(fmt.Appendf(nil, "%03d", 7)))
	fmt.Println(fmt.FormatString(fakeState{}, 'v'))
}

type fakeState struct{}

func (fakeState) Write(b []byte) (int, error) { return len(b), nil }
func (fakeState) Width() (int, bool)          { return 7, true }
func (fakeState) Precision() (int, bool)      { return 2, true }
func (fakeState) Flag(c int) bool             { return c == '-' || c == '#' }
