package main

import "fmt"

type Num interface{ int | int64 }

func main() {
	ch := make(chan Num, 1)
	fmt.Println(cap(ch))
}
