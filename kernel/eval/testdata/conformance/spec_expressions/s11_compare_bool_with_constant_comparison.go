package main

import "fmt"

// A comparison's result compared with a constant boolean expression: the
// interpreter kept the constant as an untyped constant and found it unequal
// to every bool, so (x < 2) != (2 < 1) was true, and (s1 < s2) ==
// ("João" < "José") false, whatever the values.

const (
	joao = "João"
	jose = "José"
	k    = 1 < 2
)

type flag bool

func main() {
	s1, s2 := joao, jose
	fmt.Println((s1 < s2) != (joao < jose), (s1 < s2) == (joao < jose))
	for _, x := range []int{1, 3} {
		fmt.Println(x, (x < 2) != (2 < 1), (x < 2) == (2 < 1), (x < 2) == k, k != (x > 2))
	}
	var f flag = true
	var a any = true
	fmt.Println(f == k, f != (1 > 2), a == (1 < 2), a != k)
	if ok := len(s1) > 3; ok == ("b" > "a") {
		fmt.Println("ok")
	}
}
