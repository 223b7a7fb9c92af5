package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Val  int
	Kids []*Node
}

func kindOf(x any) string {
	switch reflect.ValueOf(x).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "signed"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "unsigned"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "string"
	case reflect.Slice, reflect.Array:
		return "sequence"
	case reflect.Map:
		return "map"
	case reflect.Ptr:
		return "pointer"
	case reflect.Func:
		return "func"
	case reflect.Chan:
		return "chan"
	case reflect.Struct:
		return "struct"
	}
	return "other"
}

func main() {
	a := Node{1, []*Node{{2, nil}, {3, nil}}}
	b := Node{1, []*Node{{2, nil}, {3, nil}}}
	fmt.Println(reflect.DeepEqual(a, b))
	b.Kids[1].Val = 4
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)))
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	fmt.Println(reflect.DeepEqual(1, int64(1)))
	for _, x := range []any{1, uint8(2), 3.5, "s", []int{}, [2]int{}, map[int]int{}, &a, kindOf, make(chan int), a, true} {
		fmt.Print(kindOf(x), " ")
	}
	fmt.Println()
	v := reflect.ValueOf([]string{"x", "y"})
	nv := reflect.Append(v, reflect.ValueOf("z"))
	fmt.Println(nv.Interface(), nv.Len())
	ns := reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 5)
	ns.Index(1).SetInt(9)
	fmt.Println(ns.Interface(), ns.Cap())
	m := reflect.MakeMap(reflect.TypeOf(map[string]bool{}))
	m.SetMapIndex(reflect.ValueOf("ok"), reflect.ValueOf(true))
	fmt.Println(m.Interface())
	pv := reflect.New(reflect.TypeOf(0))
	pv.Elem().SetInt(42)
	fmt.Println(*(pv.Interface().(*int)))
	fmt.Println(reflect.Zero(reflect.TypeOf("")).Interface() == "")
	var np *Node
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(nil).IsValid())
}
