package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i *ID) String() string { return fmt.Sprint(int(*i)) }

func Show[T Stringer](v T) string { return v.String() }

func main() {
	fmt.Println(Show(ID(3)))
}
