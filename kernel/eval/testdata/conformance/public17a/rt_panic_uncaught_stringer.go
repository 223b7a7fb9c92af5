package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println("start")
	panic(Code(7))
}
