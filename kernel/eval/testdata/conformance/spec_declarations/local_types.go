package main

import "fmt"

func main() {
	type pair struct{ a, b int }
	p := pair{1, 2}
	fmt.Println(p)
	{
		type pair string
		var q pair = "shadow"
		fmt.Println(q)
	}
	const k = 3
	var arr [k]pair
	fmt.Println(len(arr), arr)
}
