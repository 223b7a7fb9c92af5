package main

import (
	"errors"
	"fmt"
	"sort"
)

type GS struct{ n int }

func (g GS) Error() string    { return fmt.Sprintf("gs-err%d", g.n) }
func (g GS) GoString() string { return fmt.Sprintf("GS(%d)", g.n) }
func (g GS) String() string   { return "gs" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type ByN []GS

func (b ByN) Len() int           { return len(b) }
func (b ByN) Less(i, j int) bool { return b[i].n < b[j].n }
func (b ByN) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b ByN) Error() string      { return "byn" }

func main() {
	w := fmt.Errorf("w: %w", GS{1})
	u := errors.Unwrap(w)
	fmt.Printf("%v %#v %T %d\n", u, u, u, u)
	fmt.Printf("%#v\n", []error{u})
	fmt.Printf("%#v\n", []any{u})
	w2 := fmt.Errorf("c: %w", Code(5))
	fmt.Printf("%v %#v %d %x\n", errors.Unwrap(w2), errors.Unwrap(w2), errors.Unwrap(w2), errors.Unwrap(w2))
	s, ok := u.(fmt.Stringer)
	fmt.Println(s, ok)
	w3 := fmt.Errorf("b: %w", ByN{{3}, {1}})
	if si, ok := errors.Unwrap(w3).(sort.Interface); ok {
		fmt.Println("sortable", si.Len())
	}
	var target ByN
	fmt.Println(errors.As(w3, &target), len(target))
	fmt.Println(fmt.Errorf("%w", Code(1)).Error(), fmt.Errorf("%v", Code(2)), fmt.Errorf("%d", Code(3)))
	fmt.Printf("%+v\n", struct{ E error }{errors.Unwrap(w)})
}
