package main

import (
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.n) }

type Holder struct {
	E   error
	B   Both
	P   *PtrStr
	V   PtrStr
	Any any
}

type Greeter interface{ Greet() string }
type en struct{}
type fr struct{ polite bool }

func (en) Greet() string { return "hello" }
func (f fr) Greet() string {
	if f.polite {
		return "bonjour"
	}
	return "salut"
}

func main() {
	b := Both{7}
	fmt.Println(b)
	fmt.Printf("%v %s %d\n", b, b, b)
	var e error = b
	fmt.Println(e, errors.Is(e, Both{7}), errors.Is(e, Both{8}))
	h := Holder{E: b, B: b, P: &PtrStr{1}, V: PtrStr{2}, Any: &PtrStr{3}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]any{b, &PtrStr{4}, PtrStr{5}})
	gs := map[string]Greeter{"en": en{}, "fr": fr{true}, "fr2": fr{}}
	for _, k := range []string{"en", "fr", "fr2"} {
		g := gs[k]
		switch v := g.(type) {
		case fr:
			fmt.Println(k, v.Greet(), v.polite)
		default:
			fmt.Println(k, v.Greet())
		}
	}
	counts := map[Greeter]int{}
	counts[en{}]++
	counts[en{}]++
	counts[fr{true}]++
	fmt.Println(len(counts), counts[en{}], counts[fr{false}])
	var iface interface{ Greet() string } = fr{}
	_, isStringer := iface.(fmt.Stringer)
	fmt.Println(isStringer, iface == fr{}, iface == Greeter(fr{}))
}
