package main

import "fmt"

// Instances of generic types made first in type assertions and type
// switches.

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Ref[T any] struct{ p *T }

func (r *Ref[T]) Set(v T) { *r.p = v }

type Getter[T any] interface{ Get() T }

func describe(x any) string {
	switch v := x.(type) {
	case Box[int]:
		return fmt.Sprintf("Box[int] %d", v.Get())
	case *Box[string]:
		return fmt.Sprintf("*Box[string] %q", v.Get())
	case Getter[float64]:
		return fmt.Sprintf("Getter[float64] %v", v.Get())
	case []Box[bool]:
		return fmt.Sprintf("[]Box[bool] %d", len(v))
	case map[string]Box[int8]:
		return fmt.Sprintf("map %d", len(v))
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	var a any = Box[int]{3}
	if b, ok := a.(Box[int]); ok {
		fmt.Println("box", b.Get())
	}
	_, isStr := a.(Box[string])
	_, isGetter := a.(Getter[int])
	_, isGetterS := a.(Getter[string])
	fmt.Println(isStr, isGetter, isGetterS)
	x := 1
	var r any = &Ref[int]{&x}
	if s, ok := r.(interface{ Set(int) }); ok {
		s.Set(42)
	}
	fmt.Println(x)
	fmt.Println(describe(Box[int]{7}))
	fmt.Println(describe(&Box[string]{"s"}))
	fmt.Println(describe(Box[float64]{1.5}))
	fmt.Println(describe([]Box[bool]{{true}, {false}}))
	fmt.Println(describe(map[string]Box[int8]{"a": {1}}))
	fmt.Println(describe(Box[uint]{2}))
	fmt.Println(describe(nil))
}
