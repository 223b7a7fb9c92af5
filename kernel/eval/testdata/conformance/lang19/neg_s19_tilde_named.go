package main

import "fmt"

type MyInt int

type C interface{ ~MyInt }

func f[T C](x T) T { return x }

func main() {
	fmt.Println(f(MyInt(1)))
}
