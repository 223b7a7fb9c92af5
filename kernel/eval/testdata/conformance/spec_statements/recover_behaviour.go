package main

import "fmt"

func inner() {
	defer func() {
		fmt.Println("inner recover:", recover())
	}()
	panic("from inner")
}

func notDirect() {
	defer func() {
		helper := func() any { return recover() }
		fmt.Println("helper got:", helper())
		fmt.Println("direct got:", recover())
	}()
	panic("p2")
}

func main() {
	inner()
	fmt.Println("after inner")
	notDirect()
	fmt.Println("recover outside panic:", recover())
}
