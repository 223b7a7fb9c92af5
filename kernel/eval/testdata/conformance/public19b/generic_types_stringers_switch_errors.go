package main

import (
	"errors"
	"fmt"
	"sort"
)

type Box[T any] struct{ V T }

func (b *Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type ValBox[T any] struct{ V T }

func (b ValBox[T]) String() string { return fmt.Sprintf("VB<%v>", b.V) }

type CodeErr[T comparable] struct{ Code T }

func (e *CodeErr[T]) Error() string { return fmt.Sprintf("code %v", e.Code) }

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

type Holder[T Shape] struct {
	Items []T
	Any   Shape
}

func (h Holder[T]) Total() (t int) {
	for _, it := range h.Items {
		t += it.Area()
	}
	return
}

type Sorter[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (s Sorter[T]) Len() int           { return len(s.xs) }
func (s Sorter[T]) Less(i, j int) bool { return s.less(s.xs[i], s.xs[j]) }
func (s Sorter[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func classify(v any) string {
	switch x := v.(type) {
	case Box[int]:
		return "Box[int] value " + fmt.Sprint(x.V)
	case *Box[int]:
		return "*Box[int] " + x.String()
	case ValBox[string], ValBox[int]:
		return fmt.Sprintf("ValBox %v", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	b := Box[int]{3}
	fmt.Println(b, &b)
	fmt.Printf("%v %+v %s\n", b, &b, &b)
	vb := ValBox[[]string]{[]string{"a"}}
	fmt.Println(vb, &vb, []ValBox[int]{{1}, {2}})
	fmt.Println(classify(b), "|", classify(&b), "|", classify(ValBox[int]{7}), "|", classify(&Box[string]{"s"}), "|", classify(Box[bool]{}))
	err := fmt.Errorf("wrap: %w", &CodeErr[int]{404})
	var ce *CodeErr[int]
	fmt.Println(errors.As(err, &ce), ce.Code, err)
	var cs *CodeErr[string]
	fmt.Println(errors.As(err, &cs))
	h := Holder[Sq]{Items: []Sq{1, 2, 3}, Any: Sq(4)}
	fmt.Println(h.Total(), h, h.Any.Area())
	fmt.Printf("%+v %T\n", h, h)
	var s fmt.Stringer = &Box[float64]{1.5}
	fmt.Println(s)
	ss := Sorter[string]{[]string{"pear", "fig", "apple"}, func(a, b string) bool { return len(a) < len(b) }}
	sort.Sort(ss)
	fmt.Println(ss.xs)
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss.xs)
	m := map[Box[int]]string{{1}: "one", {2}: "two"}
	fmt.Println(m[Box[int]{2}], len(m))
	fmt.Println(m)
}
