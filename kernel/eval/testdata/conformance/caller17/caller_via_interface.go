package main

import (
	"fmt"
	"runtime"
)

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprintf("woof from %s line %d", runtime.FuncForPC(pc).Name(), line)
}

func talk(s Speaker) string {
	return s.Speak()
}

func main() {
	var s Speaker = Dog{}
	fmt.Println(s.Speak())
	fmt.Println(talk(s))
}
