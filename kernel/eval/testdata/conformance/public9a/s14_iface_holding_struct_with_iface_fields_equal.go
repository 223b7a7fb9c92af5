package main

import "fmt"

// == of interface values holding structs (or arrays) whose fields are
// themselves interfaces holding structs compares the values, at any
// depth (also as a switch's tag); such values are one key of a map with
// interface keys.

type Type interface{ String() string }

type TInt struct{}
type TBool struct{}
type TFun struct{ Arg, Ret Type }
type TPair struct{ Arg, Ret Type }

func (TInt) String() string  { return "int" }
func (TBool) String() string { return "bool" }
func (TFun) String() string  { return "fn" }
func (TPair) String() string { return "pair" }

type Box struct{ V any }

func main() {
	f1 := TFun{TFun{TInt{}, TBool{}}, TInt{}}
	f2 := TFun{TFun{TInt{}, TBool{}}, TInt{}}
	f3 := TFun{TFun{TBool{}, TBool{}}, TInt{}}
	f4 := TFun{TPair{TInt{}, TBool{}}, TInt{}}
	fmt.Println(f1 == f2, f1 == f3, f1 == f4, f1 != f2)
	var a, b Type = f1, f2
	fmt.Println(a == b, Box{f1} == Box{f2}, Box{f1} == Box{f4}, Box{Box{f1}} == Box{Box{f2}})
	fmt.Println([1]Type{f1} == [1]Type{f2}, [2]any{f1, 1} == [2]any{f2, 2})
	set := map[Type]int{f1: 1}
	set[f2]++
	set[f3]++
	fmt.Println(set[f1], set[f3], len(set))
	switch f2 {
	case f3:
		fmt.Println("case f3")
	case f1:
		fmt.Println("case f1")
	}
	switch [1]Type{f2} {
	case [1]Type{f1}:
		fmt.Println("array case f1")
	}
	anyKeys := map[any]bool{Box{f1}: true}
	fmt.Println(anyKeys[Box{f2}], anyKeys[Box{f3}])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Box{Box{[]int{1}}} == Box{Box{[]int{1}}})
	}()
}
