package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Doc struct {
	Name  string
	Shape Shape
	Any   any
}

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case fmt.Stringer:
		return "stringer " + x.String()
	case int:
		return "int"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	d := Doc{"a", Sq{2}, Sq{3}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	fmt.Printf("%v %+v\n", Doc{}, Doc{Name: "x"})
	err = fmt.Errorf("op: %w", tempErr{})
	var t interface{ Temporary() bool }
	fmt.Println(errors.As(err, &t), t != nil && t.Temporary())
	fmt.Println(Describe(Sq{4}), Describe(3), Describe("s"), Describe[Shape](Sq{1}))
	a1 := [2]Shape{Sq{1}, nil}
	a2 := [2]Shape{Sq{1}, nil}
	fmt.Println(a1 == a2, a1[0] == Sq{1})
	type pair struct{ A, B Shape }
	fmt.Println(pair{Sq{1}, Sq{2}} == pair{Sq{1}, Sq{2}}, pair{Sq{1}, nil} == pair{})
	f := Sq{7}.Area
	done := make(chan int)
	go func() { done <- f() }()
	fmt.Println(<-done)
}
