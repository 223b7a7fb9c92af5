package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func kind(v interface{}) string {
	switch v.(type) {
	case Animal:
		return "animal"
	case fmt.Stringer:
		return "stringer"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	fmt.Println(kind(Dog{}), kind(&Cat{}), kind(Cat{}), kind(nil), kind(3))
	var a Animal = &Cat{"tom"}
	switch x := a.(type) {
	case *Cat:
		fmt.Println("cat named", x.name, x.Sound())
	case Dog:
		fmt.Println("dog")
	}
	// Duplicate-looking cases with different types.
	for _, v := range []interface{}{int32(1), int64(1), 1, uint(1), 1.0} {
		switch v {
		case 1:
			fmt.Printf("%T equals untyped 1 (as int)\n", v)
		case 1.0:
			fmt.Printf("%T equals 1.0 (as float64)\n", v)
		default:
			fmt.Printf("%T no match\n", v)
		}
	}
	switch f := 2.5; {
	case f > 2:
		fmt.Println("big")
	}
	x := 5
	switch {
	case x > 3, x < 0:
		fmt.Println("out of [0,3]")
	}
}
