package main

import (
	"fmt"
	"strconv"
)

// Type switches and assertions on values of type parameters, inside
// methods of generic types, with cases naming other instances.

type Cell[T any] struct{ V T }

func (c Cell[T]) Render() string {
	switch v := any(c.V).(type) {
	case int:
		return "int:" + strconv.Itoa(v)
	case string:
		return "str:" + v
	case Cell[int]:
		return "cell(" + v.Render() + ")"
	case fmt.Stringer:
		return "stringer:" + v.String()
	}
	return fmt.Sprintf("other:%T", c.V)
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func main() {
	fmt.Println(Cell[int]{1}.Render(), Cell[string]{"s"}.Render())
	fmt.Println(Cell[Cell[int]]{Cell[int]{2}}.Render())
	fmt.Println(Cell[Temp]{21.5}.Render(), Cell[bool]{true}.Render())
	fmt.Println(Is[Cell[int]](Cell[int]{}), Is[Cell[string]](Cell[int]{}), Is[fmt.Stringer](Temp(1)))
}
