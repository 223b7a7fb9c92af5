package main

import (
	"fmt"
	"strings"
)

// fmt of a defined pointer type (type IP *Inner): IP has no methods, so at
// the top (depth 0) fmt prints & and then the pointee, which is formatted
// with its own methods (Inner's String): &inner3. Nested (a field, an
// element) such a pointer is printed as an address.
type Inner struct{ n int }

func (i Inner) String() string { return fmt.Sprint("inner", i.n) }

type IP *Inner

type Outer struct {
	A IP
	B int
}

// addr returns s with every address replaced by "ADDR".
func addr(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.HasPrefix(s[i:], "0x") {
			b.WriteString("ADDR")
			i += 2
			for i < len(s) && strings.ContainsRune("0123456789abcdef", rune(s[i])) {
				i++
			}
			i--
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func main() {
	p := IP(&Inner{3})
	fmt.Println(p, *p)
	fmt.Printf("%v|%+v|%s|%d|%x|%X|%q|%#v\n", p, p, p, p, p, p, p, p)
	fmt.Printf("[%8v] [%-8v] [%.3s]\n", p, p, p)
	fmt.Print(p, "\n")
	fmt.Println(fmt.Sprint(p), fmt.Sprintf("%v", p), fmt.Sprintln(p))
	var np IP
	fmt.Println(np)
	fmt.Printf("%v|%+v|%s|%d\n", np, np, np, np)
	fmt.Println([]IP{np}, [1]IP{}, Outer{})
	fmt.Println(addr(fmt.Sprint([]IP{p, nil})), addr(fmt.Sprintf("%+v", Outer{p, 1})))
	fmt.Println(addr(fmt.Sprint(map[string]IP{"a": p})), addr(fmt.Sprint([1]IP{p})))
	var x any = p
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	fmt.Printf("%v %s %T\n", x, x, x)
	xs := []any{p, np, *p}
	fmt.Println(xs...)
	fmt.Println(addr(fmt.Sprint(xs)))
}
