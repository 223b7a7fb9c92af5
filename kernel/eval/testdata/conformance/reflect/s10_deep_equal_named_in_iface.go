package main

import (
	"fmt"
	"reflect"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Plain struct{ code int }

func main() {
	var s fmt.Stringer = Both{1}
	fmt.Println(reflect.TypeOf(Both{1}), reflect.TypeOf(s), reflect.TypeOf(Plain{}))
	fmt.Println(reflect.DeepEqual(s, Both{1}), reflect.DeepEqual(Both{1}, Both{1}), reflect.DeepEqual(any(s), any(Both{1})))
	var a any = Both{1}
	fmt.Println(reflect.DeepEqual(s, a), reflect.TypeOf(a), a == any(s))
	x := []any{Both{2}}
	fmt.Println(reflect.TypeOf(x[0]), reflect.ValueOf(x[0]).NumMethod())
	fmt.Println(reflect.DeepEqual([]fmt.Stringer{Both{1}}, []fmt.Stringer{Both{1}}))
}
