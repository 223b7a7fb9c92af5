package main

import "fmt"

func main() {
	len := 3
	fmt.Println(len)
	{
		cap := func(s []int) string { return "mine" }
		fmt.Println(cap(nil))
	}
	s := []int{1, 2}
	fmt.Println(cap(s))
	true := false
	fmt.Println(true, !true)
	type int = string
	var v int = "now a string"
	fmt.Println(v)
	nil := 7
	fmt.Println(nil + 1)
	append := "append"
	fmt.Println(append)
}
