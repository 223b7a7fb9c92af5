package main

import (
	"fmt"
	"reflect"
)

// State machines whose states return the next state: reflect.TypeOf of a
// state names its type, which is its own result type.
type State func(input rune) (State, bool)

type Combine func(a, b Combine) Combine

func start(r rune) (State, bool) {
	if r == 'a' {
		return middle, true
	}
	return nil, false
}

func middle(r rune) (State, bool) { return start, r == 'b' }

func main() {
	var s State = start
	n := 0
	for _, r := range "abab" {
		var ok bool
		if s, ok = s(r); !ok || s == nil {
			break
		}
		n++
	}
	fmt.Println("steps:", n)

	t := reflect.TypeOf(State(start))
	fmt.Println(t, t.Name(), t.Kind(), t.NumIn(), t.NumOut())
	fmt.Println(t.In(0), t.Out(0), t.Out(1), t.Out(0) == t, t.Out(0).Out(0).Name())
	var c Combine = func(a, b Combine) Combine { return a }
	ct := reflect.TypeOf(c)
	fmt.Println(ct.String(), ct.In(0) == ct, ct.In(1).Name(), ct.Out(0).PkgPath())
	fmt.Println(reflect.TypeOf(c) == reflect.TypeOf(Combine(nil)), t == ct)
	fmt.Printf("%T %T\n", s, c)
	for _, v := range []any{State(middle), c, 3} {
		fmt.Println(reflect.TypeOf(v))
	}
	fmt.Println(reflect.TypeOf(start), reflect.TypeOf([]State{}), reflect.TypeOf(map[string]*Combine{}))
}
