package main

import "fmt"

type I interface{ M() }

func call(p *I) {
	p.M()
}

func main() {
	fmt.Println(call)
}
