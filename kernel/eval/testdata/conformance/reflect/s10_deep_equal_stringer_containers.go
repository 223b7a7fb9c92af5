package main

import (
	"fmt"
	"reflect"
)

type S struct{ code int }

func (b S) String() string { return fmt.Sprintf("string %d", b.code) }

func main() {
	var s fmt.Stringer = S{1}
	fmt.Println(reflect.DeepEqual(s, S{1}))
	fmt.Println(reflect.DeepEqual([]fmt.Stringer{S{1}}, []fmt.Stringer{S{1}}))
	fmt.Println(reflect.DeepEqual([]any{S{1}}, []any{S{1}}), reflect.DeepEqual([]any{S{1}}, []any{S{2}}))
	fmt.Println(reflect.DeepEqual(map[string]fmt.Stringer{"a": S{1}}, map[string]fmt.Stringer{"a": S{1}}))
	type H struct{ X fmt.Stringer }
	fmt.Println(reflect.DeepEqual(H{S{1}}, H{S{1}}), reflect.DeepEqual(H{S{1}}, H{S{2}}))
}
