package main

import "fmt"

type myErr struct{ c int }

func (m myErr) Error() string { return fmt.Sprint("myErr ", m.c) }

func main() {
	defer func() { panic(myErr{3}) }()
	defer func() { panic(myErr{2}) }()
	panic(myErr{1})
}
