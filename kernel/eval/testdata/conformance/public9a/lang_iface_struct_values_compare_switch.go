package main

import (
	"fmt"
	"reflect"
	"slices"
)

type Type interface{ String() string }
type TInt struct{}

func (TInt) String() string { return "int" }

type TFun struct{ Arg, Ret Type }

func (TFun) String() string        { return "fn" }
func Eq[T comparable](a, b T) bool { return a == b }
func Idx[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}
func main() {
	f1 := TFun{TFun{TInt{}, TInt{}}, TInt{}}
	f2 := TFun{TFun{TInt{}, TInt{}}, TInt{}}
	ts := []Type{TInt{}, f1}
	fmt.Println(slices.Contains(ts, Type(f2)), slices.Index(ts, Type(f2)), Idx(ts, Type(f2)), Eq(f1, f2), Eq[Type](f1, f2))
	switch Type(f2) {
	case f1:
		fmt.Println("case f1")
	default:
		fmt.Println("default")
	}
	switch f2 {
	case f1:
		fmt.Println("struct case f1")
	default:
		fmt.Println("struct default")
	}
	fmt.Println(reflect.DeepEqual(f1, f2), slices.Equal([]TFun{f1}, []TFun{f2}), slices.Compact([]TFun{f1, f2}))
	var x any = f1
	fmt.Println(x == any(f2), x != f2)
}
