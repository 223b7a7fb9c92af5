package main

import "fmt"

type P *P

func main() {
	var p P
	q := P(&p)
	p = q
	fmt.Println(p != nil, *p == p)
}
