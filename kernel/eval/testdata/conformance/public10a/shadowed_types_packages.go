package main

import (
	"fmt"
	"strings"
)

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

func main() {
	fmt.Println(T(1))
	{
		type T string // shadows the package-level T in this block
		var t T = "inner"
		fmt.Printf("%v %T\n", t, t)
	}
	fmt.Println(T(2))

	strs := []string{"b", "a"}
	{
		strings := strings.Join(strs, "+") // the package is shadowed from here on
		fmt.Println(strings, len(strings))
	}
	fmt.Println(strings.ToUpper("package again"))

	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	{
		fmt := "a string named fmt"
		_ = fmt
	}
	{
		type int = string
		var i int = "int is a string here"
		fmt.Println(i)
	}
}
