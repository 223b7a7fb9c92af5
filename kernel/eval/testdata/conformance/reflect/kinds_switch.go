package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Set map[string]bool

func describe(x any) string {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Int, reflect.Int64:
		return fmt.Sprintf("int %d", v.Int())
	case reflect.Float64:
		return fmt.Sprintf("float %g", v.Float())
	case reflect.String:
		return fmt.Sprintf("string %q", v.String())
	case reflect.Slice:
		return fmt.Sprintf("slice of %d %s", v.Len(), v.Type().Elem())
	case reflect.Map:
		return fmt.Sprintf("map of %d %s->%s", v.Len(), v.Type().Key(), v.Type().Elem())
	case reflect.Func:
		return fmt.Sprintf("func with %d in, %d out", v.Type().NumIn(), v.Type().NumOut())
	case reflect.Ptr:
		return "pointer to " + v.Elem().Kind().String()
	case reflect.Struct:
		return fmt.Sprintf("struct with %d fields", v.NumField())
	}
	return "other " + v.Kind().String()
}

func main() {
	n := 3
	for _, x := range []any{1, int64(2), Celsius(1.5), "hi", []int{1, 2}, Set{"a": true}, map[int]string{}, strconvLike, &n, struct{ A, B int }{}, true} {
		fmt.Println(describe(x))
	}
}

func strconvLike(s string) (int, error) { return len(s), nil }
