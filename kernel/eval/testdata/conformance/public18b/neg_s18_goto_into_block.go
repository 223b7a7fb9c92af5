package main

import "fmt"

func main() {
	goto inner
	{
	inner:
		fmt.Println("in")
	}
}
