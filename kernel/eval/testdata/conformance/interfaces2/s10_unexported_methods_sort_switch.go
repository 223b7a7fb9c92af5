package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }
func (b Both) code() int      { return b.n * 10 }
func (b Both) Code() int      { return b.n * 100 }

type coder interface{ code() int }
type Coder interface{ Code() int }

type byText []fmt.Stringer

func (b byText) Len() int           { return len(b) }
func (b byText) Less(i, j int) bool { return b[i].String() < b[j].String() }
func (b byText) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func classify(x any) string {
	switch v := x.(type) {
	case coder:
		return fmt.Sprint("coder ", v.code())
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	}
	return "none"
}

func main() {
	ss := []fmt.Stringer{Both{3}, Both{1}, Both{2}}
	for _, s := range ss {
		c, ok := s.(coder)
		C, ok2 := s.(Coder)
		fmt.Println(ok, c.code(), ok2, C.Code(), classify(s))
	}
	sort.Sort(byText(ss))
	fmt.Println(ss)
	sort.Slice(ss, func(i, j int) bool { return ss[i].(Coder).Code() > ss[j].(Coder).Code() })
	fmt.Println(ss)
	es := []error{Both{4}, errors.New("x")}
	for _, e := range es {
		fmt.Println(classify(e))
	}
	j := errors.Join(Both{5}, Both{6})
	for _, e := range j.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Printf("%T %v %s\n", e, e, classify(e))
	}
	var parts []string
	for _, s := range ss {
		parts = append(parts, fmt.Sprint(s))
	}
	fmt.Println(strings.Join(parts, ";"))
	var pb *Both = &Both{7}
	var ps fmt.Stringer = pb
	fmt.Println(ps, classify(ps), []fmt.Stringer{pb})
	var target *Both
	fmt.Println(errors.As(fmt.Errorf("w: %w", pb), &target), target.n)
}
