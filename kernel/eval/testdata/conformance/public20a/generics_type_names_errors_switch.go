package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type List[T any] []T

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

type NotFound[K any] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("not found: %v", e.Key) }

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%T %v %+v %#v\n", p, p, p, p)
	fmt.Printf("%T %T %T\n", Box[int]{}, &Box[[]string]{}, List[float64]{})
	fmt.Printf("%T %T\n", Box[Pair[int, bool]]{}, map[string]Box[int]{})
	fmt.Println(Box[int]{3}, []Box[string]{{"x"}}, &Box[int]{4})
	fmt.Printf("%T %v\n", Some(2.5), Some("s"))
	fmt.Println(reflect.TypeOf(p).Name(), reflect.TypeOf(p).String(), reflect.TypeOf(Box[int]{}).Kind())
	var err error = NotFound[int]{42}
	fmt.Printf("%T %v\n", err, err)
	var nf NotFound[int]
	fmt.Println(errors.As(fmt.Errorf("w: %w", err), &nf), nf.Key)
	var nfs NotFound[string]
	fmt.Println(errors.As(err, &nfs))
	v := Vec[float64]{1.5, 2.5}
	fmt.Printf("%T %v %v\n", v, v, v.Sum())
	var x Pair[string, int]
	e := json.Unmarshal([]byte(`{"Key":1}`), &x)
	fmt.Println(e)
	b, _ := json.Marshal(Pair[string, []int]{"k", []int{1}})
	fmt.Println(string(b))
	var anyv any = Box[int]{1}
	switch t := anyv.(type) {
	case Box[string]:
		fmt.Println("string box", t)
	case Box[int]:
		fmt.Println("int box", t.V)
	}
	_, ok := anyv.(fmt.Stringer)
	fmt.Println(ok)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = anyv.(Box[string])
	}()
}
