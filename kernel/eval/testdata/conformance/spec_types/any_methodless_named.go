package main

import "fmt"

type code int

type name string

func main() {
	var a any = code(7)
	var b any = 7
	var c any = name("n")
	fmt.Printf("%T %T %T\n", a, b, c)
	_, isCode := b.(code)
	_, isInt := a.(int)
	fmt.Println(isCode, isInt, a == b)
	for _, v := range []any{a, b, c} {
		switch v.(type) {
		case code:
			fmt.Println("code")
		case int:
			fmt.Println("int")
		default:
			fmt.Printf("%T\n", v)
		}
	}
}
