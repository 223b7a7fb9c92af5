package main

import "fmt"

func main() {
blk:
	{
		fmt.Println("a")
		break blk
	}
}
