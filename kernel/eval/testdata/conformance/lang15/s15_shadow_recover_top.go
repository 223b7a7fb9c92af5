package main

import "fmt"

func main() {
	recover := recover()
	fmt.Println(recover == nil, recover)
}
