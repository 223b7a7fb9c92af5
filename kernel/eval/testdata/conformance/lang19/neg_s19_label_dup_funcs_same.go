package main

import "fmt"

func main() {
	i := 0
loop:
	i++
	if i < 3 {
		goto loop
	}
	{
	loop:
		fmt.Println(i)
	}
}
