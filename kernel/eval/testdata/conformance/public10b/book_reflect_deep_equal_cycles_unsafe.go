package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type comparison struct {
	x, y unsafe.Pointer
	t    reflect.Type
}

func equal(x, y reflect.Value, seen map[comparison]bool) bool {
	if !x.IsValid() || !y.IsValid() {
		return x.IsValid() == y.IsValid()
	}
	if x.Type() != y.Type() {
		return false
	}
	if x.CanAddr() && y.CanAddr() {
		xptr := unsafe.Pointer(x.UnsafeAddr())
		yptr := unsafe.Pointer(y.UnsafeAddr())
		if xptr == yptr {
			return true
		}
		c := comparison{xptr, yptr, x.Type()}
		if seen[c] {
			return true
		}
		seen[c] = true
	}
	switch x.Kind() {
	case reflect.Bool:
		return x.Bool() == y.Bool()
	case reflect.String:
		return x.String() == y.String()
	case reflect.Int, reflect.Int64:
		return x.Int() == y.Int()
	case reflect.Float64:
		return x.Float() == y.Float()
	case reflect.Chan, reflect.UnsafePointer, reflect.Func:
		return x.Pointer() == y.Pointer()
	case reflect.Ptr, reflect.Interface:
		return equal(x.Elem(), y.Elem(), seen)
	case reflect.Array, reflect.Slice:
		if x.Len() != y.Len() {
			return false
		}
		for i := 0; i < x.Len(); i++ {
			if !equal(x.Index(i), y.Index(i), seen) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i, n := 0, x.NumField(); i < n; i++ {
			if !equal(x.Field(i), y.Field(i), seen) {
				return false
			}
		}
		return true
	case reflect.Map:
		if x.Len() != y.Len() {
			return false
		}
		for _, k := range x.MapKeys() {
			if !equal(x.MapIndex(k), y.MapIndex(k), seen) {
				return false
			}
		}
		return true
	}
	panic("unreachable: " + x.Kind().String())
}

func Equal(x, y any) bool {
	return equal(reflect.ValueOf(x), reflect.ValueOf(y), make(map[comparison]bool))
}

type link struct {
	value string
	tail  *link
}

type Doc struct {
	Title string
	Tags  []string
	Meta  map[string]float64
	Next  *Doc
	Any   any
}

func main() {
	fmt.Println(Equal([]int{1, 2, 3}, []int{1, 2, 3}))
	fmt.Println(Equal([]string{"foo"}, []string{"bar"}))
	fmt.Println(Equal([]string(nil), []string{}))
	fmt.Println(Equal(map[string]int(nil), map[string]int{}))
	a, b, c := &link{value: "a"}, &link{value: "b"}, &link{value: "c"}
	a.tail, b.tail, c.tail = b, a, c
	fmt.Println(Equal(a, a), Equal(b, b), Equal(c, c), Equal(a, b), Equal(a, c))
	d1 := &Doc{Title: "x", Tags: []string{"t"}, Meta: map[string]float64{"w": 1.5}, Any: []int{1}}
	d2 := &Doc{Title: "x", Tags: []string{"t"}, Meta: map[string]float64{"w": 1.5}, Any: []int{1}}
	d1.Next, d2.Next = d1, d2
	fmt.Println(Equal(d1, d2))
	d2.Any = []int{2}
	fmt.Println(Equal(d1, d2), Equal(d1, "x"), Equal(nil, nil))
	ch := make(chan int)
	fmt.Println(Equal(ch, ch), Equal(ch, make(chan int)))
}
