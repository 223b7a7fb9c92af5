package main

import "fmt"

func functionOfSomeType(i int) interface{} {
	switch i {
	case 0:
		return true
	case 1:
		return 7
	case 2:
		b := true
		return &b
	case 3:
		n := 9
		return &n
	}
	return 1.5
}

func main() {
	for i := 0; i < 5; i++ {
		var t interface{}
		t = functionOfSomeType(i)
		switch t := t.(type) {
		default:
			fmt.Printf("unexpected type %T\n", t)
		case bool:
			fmt.Printf("boolean %t\n", t)
		case int:
			fmt.Printf("integer %d\n", t)
		case *bool:
			fmt.Printf("pointer to boolean %t\n", *t)
		case *int:
			fmt.Printf("pointer to integer %d\n", *t)
		}
	}
}
