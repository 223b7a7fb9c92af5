package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Kelvin float64
type Code int
type Tags []string
type Point struct{ X, Y int }

func kind(v any) string {
	switch v.(type) {
	case Celsius:
		return "celsius"
	case Kelvin:
		return "kelvin"
	case float64:
		return "float64"
	case Code:
		return "code"
	case int:
		return "int"
	case Tags:
		return "tags"
	case []string:
		return "strings"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	vals := []any{Celsius(1), Kelvin(1), 1.0, Code(1), 1, Tags{"a"}, []string{"a"}, nil, Point{}}
	for _, v := range vals {
		fmt.Print(kind(v), " ")
	}
	fmt.Println()
	var b any = 7
	_, isCode := b.(Code)
	_, isInt := b.(int)
	var cd any = Code(7)
	_, cdInt := cd.(int)
	_, cdCode := cd.(Code)
	fmt.Println(isCode, isInt, cdInt, cdCode)
	var ts any = []string{"x"}
	_, isTags := ts.(Tags)
	fmt.Println(isTags)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = b.(Code)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = cd.(int)
	}()
	var c1, c2, f1 any = Celsius(1), Celsius(1), 1.0
	var k1 any = Kelvin(1)
	fmt.Println(c1 == c2, c1 == f1, c1 == k1, c1 != f1, c1 == Celsius(1), c1 == 1.0)
	switch c1 {
	case 1.0:
		fmt.Println("float case")
	case Kelvin(1):
		fmt.Println("kelvin case")
	case Celsius(1):
		fmt.Println("celsius case")
	}
	xs := []any{Code(1), Tags{"a"}, 2}
	ys := []any{Code(1), Tags{"a"}, 2}
	zs := []any{1, []string{"a"}, 2}
	fmt.Println(reflect.DeepEqual(xs, ys), reflect.DeepEqual(xs, zs), reflect.DeepEqual(map[string]any{"a": Code(1)}, map[string]any{"a": Code(1)}))
	var one any = Code(1)
	fmt.Println(reflect.DeepEqual(one, 1), reflect.DeepEqual(one, Code(1)), reflect.DeepEqual(Code(1), Code(1)), reflect.DeepEqual([]Code{1}, []Code{1}))
	fmt.Printf("%v %d %T %#v %v\n", xs[0], xs[0], xs[0], xs[2], xs[1])
	var p any = &Point{1, 2}
	if pp, ok := p.(*Point); ok {
		fmt.Println(pp.X, pp.Y)
	}
}
